package org.jmapx.engine.query;

import org.jmapx.engine.method.MethodErrorException;

/**
 * Thrown by a type's filter or sort while a query runs, when the query cannot be answered at all
 * (CalendarEvent's cannotCalculateOccurrences): the method answers with the error it carries.
 */
public final class QueryAbortedException extends RuntimeException {
    private final transient MethodErrorException error;

    public QueryAbortedException(MethodErrorException error) {
        super(error.getMessage(), null, false, false);
        this.error = error;
    }

    public MethodErrorException error() {
        return error;
    }
}
