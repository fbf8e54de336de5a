package org.jmapx.sharing.notification;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** UTCDate values (RFC 8620 1.4): "2024-05-01T09:30:00Z". */
final class UtcDates {
    private UtcDates() {
    }

    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Empty unless the text is a UTCDate: upper-case "T" and "Z", no offset. */
    static Optional<Instant> parse(String text) {
        if (text == null || !text.endsWith("Z") || text.indexOf('T') != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
