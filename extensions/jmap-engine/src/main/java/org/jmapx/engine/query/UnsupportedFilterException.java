package org.jmapx.engine.query;

/** A filter the type cannot evaluate: answered with an unsupportedFilter method error. */
public class UnsupportedFilterException extends Exception {
    public UnsupportedFilterException(String message) {
        super(message);
    }
}
