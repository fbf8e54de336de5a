package org.jmapx.calendars.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSCalendar time values of an event (RFC 8984 1.4: LocalDateTime, Duration, time zone ids) and the
 * span in absolute time they describe. A floating event (timeZone null) is read in the zone the caller
 * gives (the query's timeZone argument).
 */
final class EventTimes {
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?");
    private static final Pattern DURATION = Pattern.compile("P(?:(\\d+)W|(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?)");

    private EventTimes() {
    }

    static Optional<LocalDateTime> localDateTime(JsonNode value) {
        if (!value.isTextual() || !LOCAL_DATE_TIME.matcher(value.asText()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.asText()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A JSCalendar Duration ("P1W", "P1DT2H", "PT15M"); days count as 24 hours. */
    static Optional<Duration> duration(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        Matcher matcher = DURATION.matcher(value.asText());
        if (!matcher.matches() || value.asText().equals("P") || value.asText().endsWith("T")) {
            return Optional.empty();
        }
        if (matcher.group(1) != null) {
            return Optional.of(Duration.ofDays(7L * Long.parseLong(matcher.group(1))));
        }
        Duration duration = Duration.ZERO;
        duration = matcher.group(2) == null ? duration : duration.plusDays(Long.parseLong(matcher.group(2)));
        duration = matcher.group(3) == null ? duration : duration.plusHours(Long.parseLong(matcher.group(3)));
        duration = matcher.group(4) == null ? duration : duration.plusMinutes(Long.parseLong(matcher.group(4)));
        if (matcher.group(5) != null) {
            duration = duration.plusNanos(Math.round(Double.parseDouble(matcher.group(5)) * 1_000_000_000d));
        }
        return Optional.of(duration);
    }

    static boolean isZone(String id) {
        return ZoneId.getAvailableZoneIds().contains(id);
    }

    /** Where the event starts in absolute time; floating events in {@code floatingZone}. */
    static Instant start(JsonNode event, ZoneId floatingZone) {
        LocalDateTime start = localDateTime(event.path("start")).orElse(LocalDateTime.MIN.plusYears(1));
        return start.atZone(zone(event, floatingZone)).toInstant();
    }

    static Instant end(JsonNode event, ZoneId floatingZone) {
        LocalDateTime start = localDateTime(event.path("start")).orElse(LocalDateTime.MIN.plusYears(1));
        Duration duration = duration(event.path("duration")).orElse(Duration.ZERO);
        // wall-clock arithmetic, so a one-day event across a DST change still ends at the same local time
        return start.plus(duration).atZone(zone(event, floatingZone)).toInstant();
    }

    private static ZoneId zone(JsonNode event, ZoneId floatingZone) {
        JsonNode timeZone = event.path("timeZone");
        return timeZone.isTextual() && isZone(timeZone.asText()) ? ZoneId.of(timeZone.asText()) : floatingZone;
    }
}
