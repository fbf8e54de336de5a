package org.jmapx.engine.state;

/** The state is unknown or older than what the change log keeps (RFC 8620 cannotCalculateChanges). */
public class CannotCalculateChangesException extends Exception {
    public CannotCalculateChangesException(String message) {
        super(message);
    }
}
