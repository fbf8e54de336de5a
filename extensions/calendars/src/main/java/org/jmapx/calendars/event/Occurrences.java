package org.jmapx.calendars.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * The occurrences of a recurring event (JSCalendar 4.3): those of recurrenceRule, minus those of
 * excludedRecurrenceRule, plus the recurrenceOverrides keys, minus overrides marked excluded. Each
 * occurrence is an instance: the event without its recurrence properties, with its recurrenceId, the
 * override's patch applied, and an id the server can resolve back to the series.
 */
final class Occurrences {
    /** Occurrences looked at per series and call: past this, the answer is cannotCalculateOccurrences. */
    static final int MAX_STEPS = 100_000;
    static final String INSTANCE_SEPARATOR = "_";

    private Occurrences() {
    }

    /** The recurrence ids (local times) of occurrences overlapping (after, before), in the event's zone or {@code floating}. */
    static List<LocalDateTime> overlapping(ObjectNode event, ZoneId floating, Instant after, Instant before)
        throws TooManyOccurrencesException {
        ZoneId zone = zone(event, floating);
        Duration length = EventTimes.duration(event.path("duration")).orElse(Duration.ZERO);
        LocalDateTime start = EventTimes.localDateTime(event.path("start")).orElseThrow();
        TreeSet<LocalDateTime> ids = new TreeSet<>(ruleOccurrences(event.path("recurrenceRule"), start, zone, before));
        ids.removeAll(ruleOccurrences(event.path("excludedRecurrenceRule"), start, zone, before));
        JsonNode overrides = event.path("recurrenceOverrides");
        overrides.fields().forEachRemaining(entry -> {
            LocalDateTime id = LocalDateTime.parse(entry.getKey());
            if (entry.getValue().path("excluded").asBoolean(false)) {
                ids.remove(id);
            } else {
                ids.add(id);
            }
        });
        List<LocalDateTime> overlapping = new ArrayList<>();
        for (LocalDateTime id : ids) {
            ObjectNode instance = instance(event, id, "");
            LocalDateTime instanceStart = EventTimes.localDateTime(instance.path("start")).orElse(id);
            Duration instanceLength = EventTimes.duration(instance.path("duration")).orElse(length);
            Instant from = instanceStart.atZone(zone(instance, floating)).toInstant();
            Instant to = instanceStart.plus(instanceLength).atZone(zone(instance, floating)).toInstant();
            if (from.isBefore(before) && to.isAfter(after)) {
                overlapping.add(id);
            }
        }
        return overlapping;
    }

    /** The instance of the series for one recurrence id, with the override's patch applied. */
    static ObjectNode instance(ObjectNode event, LocalDateTime recurrenceId, String baseId) {
        ObjectNode instance = event.deepCopy();
        JsonNode override = event.path("recurrenceOverrides").path(EventTimesFormat.local(recurrenceId));
        instance.remove(List.of("recurrenceRule", "excludedRecurrenceRule", "recurrenceOverrides"));
        String recurrenceIdText = EventTimesFormat.local(recurrenceId);
        instance.put("start", recurrenceIdText);
        instance.put("recurrenceId", recurrenceIdText);
        if (event.path("timeZone").isTextual()) {
            instance.put("recurrenceIdTimeZone", event.path("timeZone").asText());
        }
        if (override.isObject()) {
            override.fields().forEachRemaining(patch -> Patches.apply(instance, patch.getKey(), patch.getValue()));
        }
        if (!baseId.isEmpty()) {
            instance.put("id", instanceId(baseId, recurrenceId));
            instance.put("baseEventId", baseId);
        }
        return instance;
    }

    static String instanceId(String baseId, LocalDateTime recurrenceId) {
        return baseId + INSTANCE_SEPARATOR + recurrenceId.format(RecurrenceRules.BASIC);
    }

    /** The series id and recurrence id an instance id stands for. */
    static Optional<InstanceId> parseInstanceId(String id) {
        int separator = id.lastIndexOf(INSTANCE_SEPARATOR);
        if (separator <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InstanceId(id.substring(0, separator),
                LocalDateTime.parse(id.substring(separator + 1), RecurrenceRules.BASIC)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<LocalDateTime> ruleOccurrences(JsonNode rule, LocalDateTime start, ZoneId zone, Instant before)
        throws TooManyOccurrencesException {
        List<LocalDateTime> occurrences = new ArrayList<>();
        if (!rule.isObject()) {
            return occurrences;
        }
        RecurrenceRuleIterator iterator;
        try {
            iterator = RecurrenceRules.of(rule).iterator(DateTime.parse(start.format(RecurrenceRules.BASIC)));
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            throw new TooManyOccurrencesException("The recurrence rule cannot be evaluated: " + e.getMessage());
        }
        for (int step = 0; iterator.hasNext(); step++) {
            if (step >= MAX_STEPS) {
                throw new TooManyOccurrencesException("More than " + MAX_STEPS + " occurrences before the end of the range");
            }
            DateTime next = iterator.nextDateTime();
            LocalDateTime local = LocalDateTime.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth(),
                next.getHours(), next.getMinutes(), next.getSeconds());
            if (!local.atZone(zone).toInstant().isBefore(before)) {
                break;
            }
            occurrences.add(local);
        }
        return occurrences;
    }

    private static ZoneId zone(JsonNode event, ZoneId floating) {
        String timeZone = event.path("timeZone").asText(null);
        return timeZone != null && EventTimes.isZone(timeZone) ? ZoneId.of(timeZone) : floating;
    }

    /** A series id and one of its recurrence ids. */
    record InstanceId(String baseId, LocalDateTime recurrenceId) {
    }
}
