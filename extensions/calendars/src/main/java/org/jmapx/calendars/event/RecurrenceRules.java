package org.jmapx.calendars.event;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;

/**
 * A JSCalendar RecurrenceRule (JSCalendar 2.0 / RFC 8984 4.3.3) as the RFC 5545 RRULE it stands for,
 * evaluated by lib-recur (ADR 0013). Rules run on floating local times: the event's time zone is applied
 * to each occurrence afterwards, so DST gaps and overlaps follow java.time's rules (RFC 5545 3.3.5).
 */
final class RecurrenceRules {
    static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

    private RecurrenceRules() {
    }

    static RecurrenceRule of(JsonNode rule) throws InvalidRecurrenceRuleException {
        List<String> parts = new ArrayList<>();
        parts.add("FREQ=" + rule.path("frequency").asText().toUpperCase(Locale.ROOT));
        if (rule.hasNonNull("rscale")) {
            parts.add("RSCALE=" + rule.path("rscale").asText().toUpperCase(Locale.ROOT));
        }
        if (rule.hasNonNull("skip")) {
            parts.add("SKIP=" + rule.path("skip").asText().toUpperCase(Locale.ROOT));
        }
        if (rule.hasNonNull("interval")) {
            parts.add("INTERVAL=" + rule.path("interval").asInt());
        }
        if (rule.hasNonNull("count")) {
            parts.add("COUNT=" + rule.path("count").asInt());
        }
        if (rule.hasNonNull("until")) {
            parts.add("UNTIL=" + LocalDateTime.parse(rule.path("until").asText()).format(BASIC));
        }
        if (rule.path("byDay").isArray() && !rule.path("byDay").isEmpty()) {
            List<String> days = new ArrayList<>();
            rule.path("byDay").forEach(day -> days.add((day.has("nthOfPeriod") ? day.path("nthOfPeriod").asInt() : "")
                + day.path("day").asText().toUpperCase(Locale.ROOT)));
            parts.add("BYDAY=" + String.join(",", days));
        }
        list(rule, "byMonthDay", "BYMONTHDAY", parts);
        list(rule, "byMonth", "BYMONTH", parts);
        list(rule, "byYearDay", "BYYEARDAY", parts);
        list(rule, "byWeekNo", "BYWEEKNO", parts);
        list(rule, "byHour", "BYHOUR", parts);
        list(rule, "byMinute", "BYMINUTE", parts);
        list(rule, "bySecond", "BYSECOND", parts);
        list(rule, "bySetPosition", "BYSETPOS", parts);
        if (rule.hasNonNull("firstDayOfWeek")) {
            parts.add("WKST=" + rule.path("firstDayOfWeek").asText().toUpperCase(Locale.ROOT));
        }
        return new RecurrenceRule(String.join(";", parts), RecurrenceRule.RfcMode.RFC5545_LAX);
    }

    private static void list(JsonNode rule, String property, String part, List<String> parts) {
        JsonNode values = rule.path(property);
        if (values.isArray() && !values.isEmpty()) {
            List<String> texts = new ArrayList<>();
            values.forEach(value -> texts.add(value.asText()));
            parts.add(part + "=" + String.join(",", texts));
        }
    }
}
