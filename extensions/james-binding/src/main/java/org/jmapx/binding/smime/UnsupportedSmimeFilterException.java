package org.jmapx.binding.smime;

/** An S/MIME filter condition where it cannot be evaluated after James's own filter; answered unsupportedFilter. */
class UnsupportedSmimeFilterException extends RuntimeException {
    UnsupportedSmimeFilterException(String description) {
        super(description);
    }
}
