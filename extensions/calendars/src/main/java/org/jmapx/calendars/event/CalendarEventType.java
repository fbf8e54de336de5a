package org.jmapx.calendars.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

import org.jmapx.calendars.CalendarsCapability;
import org.jmapx.calendars.calendar.CalendarType;
import org.jmapx.engine.access.Membership;
import org.jmapx.engine.query.QuerySupport;
import org.jmapx.engine.set.SetHooks;
import org.jmapx.engine.type.IdReference;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertyRule;
import org.jmapx.engine.type.PropertySchema;
import org.jmapx.engine.type.TypeStorage;

/**
 * The CalendarEvent of draft-ietf-jmap-calendars: a JSCalendar Event plus id, calendarIds, isDraft and
 * isOrigin. The schema is open: every JSCalendar property, known or not, is the event's own.
 */
public final class CalendarEventType implements JmapType {
    public static final String NAME = "CalendarEvent";
    private static final Membership MEMBERSHIP = new Membership(CalendarType.NAME, "calendarIds");
    private static final PropertySchema SCHEMA = PropertySchema.builder()
        .open()
        .idReferenceProperty("calendarIds", IdReference.MAP_KEYS)
        .rule(new PropertyRule("uid", false, true, false, false, Optional.empty(), IdReference.NONE))
        .serverSetProperty("isOrigin")
        .build();

    private final SetHooks setHooks;
    private final QuerySupport querySupport = new CalendarEventQuerySupport();

    public CalendarEventType(TypeStorage calendars, Clock clock) {
        this.setHooks = new CalendarEventSetHooks(calendars, clock);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String capability() {
        return CalendarsCapability.URN;
    }

    @Override
    public PropertySchema schema() {
        return SCHEMA;
    }

    @Override
    public Optional<Membership> membership() {
        return Optional.of(MEMBERSHIP);
    }

    /** The instances of recurring events, by the instance ids CalendarEvent/query gave with expandRecurrences. */
    @Override
    public Map<String, ObjectNode> derivedRecords(String accountId, Collection<String> ids, TypeStorage storage) {
        Map<String, Occurrences.InstanceId> instances = new LinkedHashMap<>();
        ids.forEach(id -> Occurrences.parseInstanceId(id).ifPresent(instance -> instances.put(id, instance)));
        if (instances.isEmpty()) {
            return Map.of();
        }
        Map<String, ObjectNode> bases = storage.get(accountId,
            instances.values().stream().map(Occurrences.InstanceId::baseId).collect(Collectors.toSet()));
        Map<String, ObjectNode> derived = new LinkedHashMap<>();
        instances.forEach((id, instance) -> {
            ObjectNode base = bases.get(instance.baseId());
            if (base != null && isOccurrence(base, instance.recurrenceId())) {
                derived.put(id, Occurrences.instance(base, instance.recurrenceId(), instance.baseId()));
            }
        });
        return derived;
    }

    private static boolean isOccurrence(ObjectNode base, LocalDateTime recurrenceId) {
        ZoneId zone = ZoneOffset.UTC;
        Instant at = recurrenceId.atZone(base.path("timeZone").isTextual() && EventTimes.isZone(base.path("timeZone").asText())
            ? ZoneId.of(base.path("timeZone").asText()) : zone).toInstant();
        try {
            // an instance whose override moved it still has its recurrence id among the series' ids
            return Occurrences.overlapping(base, zone, at.minus(Duration.ofDays(366)), at.plus(Duration.ofDays(366))).contains(recurrenceId);
        } catch (TooManyOccurrencesException e) {
            return false;
        }
    }

    @Override
    public SetHooks setHooks() {
        return setHooks;
    }

    @Override
    public QuerySupport querySupport() {
        return querySupport;
    }
}
