package org.jmapx.calendars.event;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.calendars.CalendarsCapability;
import org.jmapx.engine.type.PropertyProblem;

/**
 * The JSCalendar Event rules a CalendarEvent must meet (RFC 8984 / JSCalendar 2.0 5.1, the calendars
 * draft "Calendar Events"), each broken rule reported with its property path. Unknown and vendor
 * properties are the event's own and kept as sent.
 */
final class EventRules {
    private static final Set<String> FREQUENCIES = Set.of("yearly", "monthly", "weekly", "daily", "hourly", "minutely", "secondly");
    private static final LocalDateTime MIN = LocalDateTime.parse(CalendarsCapability.MIN_DATE_TIME);
    private static final LocalDateTime MAX = LocalDateTime.parse(CalendarsCapability.MAX_DATE_TIME);

    private EventRules() {
    }

    /**
     * Puts what clients written against RFC 8984 send into JSCalendar 2.0 form where the meaning is
     * unambiguous (docs/adr/0012): a one-rule recurrenceRules list becomes recurrenceRule, "UTC" becomes
     * "Etc/UTC", and a start with a trailing Z becomes a local time in Etc/UTC.
     */
    static void normalize(ObjectNode event) {
        singular(event, "recurrenceRules", "recurrenceRule");
        singular(event, "excludedRecurrenceRules", "excludedRecurrenceRule");
        if (event.path("timeZone").asText("").equals("UTC")) {
            event.put("timeZone", "Etc/UTC");
        }
        String start = event.path("start").asText("");
        if (event.path("start").isTextual() && start.endsWith("Z")
            && (event.path("timeZone").isNull() || event.path("timeZone").isMissingNode()
                || event.path("timeZone").asText().equals("Etc/UTC"))) {
            event.put("start", start.substring(0, start.length() - 1));
            event.put("timeZone", "Etc/UTC");
        }
        if (!event.has("@type")) {
            event.put("@type", "Event");
        }
    }

    static List<PropertyProblem> problems(ObjectNode event) {
        List<PropertyProblem> problems = new ArrayList<>();
        if (!"Event".equals(event.path("@type").asText(null))) {
            problems.add(new PropertyProblem("@type", "must be \"Event\""));
        }
        if (event.has("method")) {
            problems.add(new PropertyProblem("method", "a stored event has no iTIP method"));
        }
        if (!event.path("uid").isTextual() || event.path("uid").asText().isEmpty()) {
            problems.add(new PropertyProblem("uid", "must be a non-empty String"));
        }
        EventTimes.localDateTime(event.path("start")).ifPresentOrElse(start -> {
            if (start.isBefore(MIN) || start.isAfter(MAX)) {
                problems.add(new PropertyProblem("start", "must be between minDateTime and maxDateTime"));
            }
        }, () -> problems.add(new PropertyProblem("start", "must be a LocalDateTime (YYYY-MM-DDThh:mm:ss)")));
        if (event.has("duration") && EventTimes.duration(event.get("duration")).isEmpty()) {
            problems.add(new PropertyProblem("duration", "must be a Duration (e.g. PT1H, P1D, P1W)"));
        }
        JsonNode timeZone = event.path("timeZone");
        if (!timeZone.isMissingNode() && !timeZone.isNull()
            && !(timeZone.isTextual() && EventTimes.isZone(timeZone.asText()))) {
            problems.add(new PropertyProblem("timeZone", "must be an IANA time zone id, or null"));
        }
        for (String flag : List.of("showWithoutTime", "isDraft")) {
            if (event.has(flag) && !event.get(flag).isBoolean()) {
                problems.add(new PropertyProblem(flag, "must be a Boolean"));
            }
        }
        for (String text : List.of("title", "description")) {
            if (event.has(text) && !event.get(text).isTextual()) {
                problems.add(new PropertyProblem(text, "must be a String"));
            }
        }
        JsonNode calendars = event.path("calendarIds");
        if (!calendars.isObject() || calendars.isEmpty()) {
            problems.add(new PropertyProblem("calendarIds", "must name at least one Calendar"));
        } else {
            calendars.fields().forEachRemaining(entry -> {
                if (!entry.getValue().isBoolean() || !entry.getValue().asBoolean()) {
                    problems.add(new PropertyProblem("calendarIds/" + entry.getKey(), "must be true"));
                }
            });
        }
        for (String rule : List.of("recurrenceRule", "excludedRecurrenceRule")) {
            if (event.has(rule) && !event.get(rule).isNull()) {
                problems.addAll(ruleProblems(rule, event.get(rule)));
            }
        }
        for (String plural : List.of("recurrenceRules", "excludedRecurrenceRules")) {
            if (event.has(plural)) {
                problems.add(new PropertyProblem(plural, "JSCalendar 2.0 has one rule: send " + plural.replace("Rules", "Rule")));
            }
        }
        JsonNode overrides = event.path("recurrenceOverrides");
        if (!overrides.isMissingNode() && !overrides.isNull()) {
            if (!overrides.isObject()) {
                problems.add(new PropertyProblem("recurrenceOverrides", "must be a map of LocalDateTime to patches"));
            } else {
                overrides.fields().forEachRemaining(entry -> {
                    if (EventTimes.localDateTime(event.textNode(entry.getKey())).isEmpty() || !entry.getValue().isObject()) {
                        problems.add(new PropertyProblem("recurrenceOverrides/" + entry.getKey(),
                            "must be a LocalDateTime key with a patch object"));
                    }
                });
            }
        }
        JsonNode participants = event.path("participants");
        if (participants.isObject() && participants.size() > CalendarsCapability.MAX_PARTICIPANTS_PER_EVENT) {
            problems.add(new PropertyProblem("participants", "more than maxParticipantsPerEvent"));
        }
        return problems;
    }

    private static List<PropertyProblem> ruleProblems(String property, JsonNode rule) {
        List<PropertyProblem> problems = new ArrayList<>();
        if (!rule.isObject()) {
            problems.add(new PropertyProblem(property, "must be a RecurrenceRule object"));
            return problems;
        }
        if (!FREQUENCIES.contains(rule.path("frequency").asText(""))) {
            problems.add(new PropertyProblem(property + "/frequency", "must be one of " + FREQUENCIES));
        }
        JsonNode interval = rule.path("interval");
        if (!interval.isMissingNode() && !(interval.isIntegralNumber() && interval.asLong() >= 1)) {
            problems.add(new PropertyProblem(property + "/interval", "must be a positive integer"));
        }
        JsonNode count = rule.path("count");
        if (!count.isMissingNode() && !(count.isIntegralNumber() && count.asLong() >= 1)) {
            problems.add(new PropertyProblem(property + "/count", "must be a positive integer"));
        }
        if (rule.has("until") && EventTimes.localDateTime(rule.get("until")).isEmpty()) {
            problems.add(new PropertyProblem(property + "/until", "must be a LocalDateTime"));
        }
        if (rule.has("count") && rule.has("until")) {
            problems.add(new PropertyProblem(property, "count and until are exclusive"));
        }
        return problems;
    }

    private static void singular(ObjectNode event, String plural, String singular) {
        JsonNode rules = event.get(plural);
        if (rules instanceof ArrayNode list && list.size() <= 1 && !event.has(singular)) {
            event.remove(plural);
            event.set(singular, list.isEmpty() ? event.nullNode() : list.get(0));
        }
    }
}
