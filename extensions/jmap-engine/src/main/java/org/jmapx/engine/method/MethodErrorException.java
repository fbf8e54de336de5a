package org.jmapx.engine.method;

import java.util.Objects;

/**
 * A method-level error of RFC 8620 section 3.6.2 ("invalidArguments", "accountNotFound",
 * "stateMismatch", ...): the whole call fails with {"type": type, "description": description}.
 */
public class MethodErrorException extends Exception {
    private final String type;

    public MethodErrorException(String type, String description) {
        super(description);
        this.type = Objects.requireNonNull(type);
    }

    public String type() {
        return type;
    }

    public String description() {
        return getMessage();
    }

    public static MethodErrorException invalidArguments(String description) {
        return new MethodErrorException("invalidArguments", description);
    }

    public static MethodErrorException accountNotFound(String accountId) {
        return new MethodErrorException("accountNotFound", "Unknown account " + accountId);
    }
}
