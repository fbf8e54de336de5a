package org.jmapx.calendars.event;

import java.time.Clock;
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

    @Override
    public SetHooks setHooks() {
        return setHooks;
    }

    @Override
    public QuerySupport querySupport() {
        return querySupport;
    }
}
