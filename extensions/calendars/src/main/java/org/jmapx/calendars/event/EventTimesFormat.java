package org.jmapx.calendars.event;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** LocalDateTime as JSCalendar writes it: always with seconds (java.time drops ":00"). */
final class EventTimesFormat {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private EventTimesFormat() {
    }

    static String local(LocalDateTime value) {
        return value.format(LOCAL);
    }
}
