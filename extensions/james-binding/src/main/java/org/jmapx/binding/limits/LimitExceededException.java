package org.jmapx.binding.limits;

/** A request over one of the {@link RequestLimits}; {@code limit} is the capability property's name. */
final class LimitExceededException extends RuntimeException {
    private final String limit;

    LimitExceededException(String limit, String message) {
        super(message);
        this.limit = limit;
    }

    String limit() {
        return limit;
    }
}
