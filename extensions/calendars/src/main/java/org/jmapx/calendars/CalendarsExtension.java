package org.jmapx.calendars;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.calendars.calendar.CalendarType;
import org.jmapx.calendars.event.CalendarEventType;
import org.jmapx.calendars.event.CalendarEvents;
import org.jmapx.engine.access.Principals;
import org.jmapx.engine.access.ShareListener;
import org.jmapx.engine.extension.JmapExtension;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.StandardMethods;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.engine.store.RollbackCommitter;
import org.jmapx.engine.type.TypeStorage;

/** JMAP for Calendars (draft-ietf-jmap-calendars), first part: Calendar and CalendarEvent (docs/calendars.md). */
public class CalendarsExtension implements JmapExtension {
    public static final List<String> METHOD_NAMES = List.of("Calendar/get", "Calendar/changes", "Calendar/set",
        "CalendarEvent/get", "CalendarEvent/changes", "CalendarEvent/set", "CalendarEvent/query",
        "CalendarEvent/queryChanges", "CalendarEvent/copy");
    public static final List<String> TYPE_NAMES = List.of(CalendarType.NAME, CalendarEventType.NAME);

    private final List<JmapMethod> methods;

    public CalendarsExtension(ObjectStore store, ChangeLog changeLog, Committer committer, StateChangeListener listener,
                              Clock clock, Principals principals, ShareListener shareListener) {
        CalendarEvents contents = new CalendarEvents();
        StandardMethods calendars = new StandardMethods(new CalendarType(contents),
            new TypeStorage(CalendarType.NAME, store, changeLog, committer, listener), principals, shareListener);
        TypeStorage eventStorage = new TypeStorage(CalendarEventType.NAME, store, changeLog, committer, listener);
        contents.bind(eventStorage);
        StandardMethods events = StandardMethods.itemsIn(calendars,
            new CalendarEventType(calendars.storage(), clock), eventStorage);
        this.methods = List.of(calendars.get(), calendars.changes(), calendars.set(), events.get(), events.changes(),
            events.set(), events.query(), events.queryChanges(), events.copy());
    }

    /** On stores in this JVM, shareable with any principal id (tests). */
    public CalendarsExtension(ObjectStore store, ChangeLog changeLog, StateChangeListener listener, Clock clock) {
        this(store, changeLog, new RollbackCommitter(store, changeLog), listener, clock, Principals.ANY, ShareListener.NONE);
    }

    @Override
    public String capability() {
        return CalendarsCapability.URN;
    }

    @Override
    public ObjectNode accountCapability() {
        return CalendarsCapability.accountCapability();
    }

    @Override
    public List<JmapMethod> methods() {
        return methods;
    }

    @Override
    public List<String> typeNames() {
        return TYPE_NAMES;
    }
}
