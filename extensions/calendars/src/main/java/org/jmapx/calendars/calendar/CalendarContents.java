package org.jmapx.calendars.calendar;

import java.util.Set;
import java.util.function.Supplier;

/** The CalendarEvents of Calendars, as Calendar/set needs them for destroy (onDestroyRemoveEvents). */
public interface CalendarContents {
    boolean hasEvents(String accountId, String calendarId);

    /**
     * Takes the calendars out of every event, destroying events left in no calendar, as one CalendarEvent
     * change; then runs {@code destroy} while no event can be added to them (docs/adr/0010).
     */
    String removeEventsThen(String accountId, Set<String> calendarIds, Supplier<String> destroy);
}
