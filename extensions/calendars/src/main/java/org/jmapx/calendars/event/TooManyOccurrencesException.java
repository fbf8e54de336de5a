package org.jmapx.calendars.event;

/** A recurrence that cannot be expanded within the server's limits (cannotCalculateOccurrences). */
final class TooManyOccurrencesException extends Exception {
    TooManyOccurrencesException(String message) {
        super(message);
    }
}
