package org.jmapx.calendars.event;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.calendars.calendar.CalendarContents;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.type.TypeStorage;

/**
 * The events of calendars, found by reading the account's events (a calendar destroy is rare). Removing
 * a calendar's events takes it out of each event's calendarIds and destroys events left in no calendar,
 * as one CalendarEvent change committed before the calendars are destroyed (docs/adr/0010).
 */
public final class CalendarEvents implements CalendarContents {
    private TypeStorage events;

    /** Set once the CalendarEvent side exists (the Calendar type is built first). */
    public void bind(TypeStorage eventStorage) {
        this.events = eventStorage;
    }

    @Override
    public boolean hasEvents(String accountId, String calendarId) {
        return events.all(accountId).stream().anyMatch(event -> event.path("calendarIds").path(calendarId).asBoolean(false));
    }

    @Override
    public String removeEventsThen(String accountId, Set<String> calendarIds, Supplier<String> destroy) {
        // the event lock is held until the calendars are destroyed: no event can enter them meanwhile
        synchronized (events.lock(accountId)) {
            Map<String, ObjectNode> puts = new LinkedHashMap<>();
            Set<String> deletes = new LinkedHashSet<>();
            for (ObjectNode event : events.all(accountId)) {
                ObjectNode calendars = (ObjectNode) event.path("calendarIds");
                if (calendarIds.stream().noneMatch(calendars::has)) {
                    continue;
                }
                calendarIds.forEach(calendars::remove);
                if (calendars.isEmpty()) {
                    deletes.add(event.path("id").asText());
                } else {
                    puts.put(event.path("id").asText(), event);
                }
            }
            if (!puts.isEmpty() || !deletes.isEmpty()) {
                events.commit(accountId, puts, deletes, new Change(Set.of(), puts.keySet(), deletes));
            }
            return destroy.get();
        }
    }
}
