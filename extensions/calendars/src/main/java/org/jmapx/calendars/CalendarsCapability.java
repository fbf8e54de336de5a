package org.jmapx.calendars;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The urn:ietf:params:jmap:calendars capability (draft-ietf-jmap-calendars, "Addition to the Capabilities Object"). */
public final class CalendarsCapability {
    public static final String URN = "urn:ietf:params:jmap:calendars";
    /** Dates the server accepts in an event: years 1 to 9999, what LocalDateTime and iCalendar both hold. */
    public static final String MIN_DATE_TIME = "0001-01-01T00:00:00";
    public static final String MAX_DATE_TIME = "9999-12-31T23:59:59";
    public static final String MAX_EXPANDED_QUERY_DURATION = "P400D";
    public static final int MAX_PARTICIPANTS_PER_EVENT = 1000;

    private CalendarsCapability() {
    }

    /** The value in an account's accountCapabilities (the owner's: they may create calendars). */
    public static ObjectNode accountCapability() {
        ObjectNode capability = JsonNodeFactory.instance.objectNode();
        capability.putNull("maxCalendarsPerEvent");
        capability.put("minDateTime", MIN_DATE_TIME);
        capability.put("maxDateTime", MAX_DATE_TIME);
        capability.put("maxExpandedQueryDuration", MAX_EXPANDED_QUERY_DURATION);
        capability.put("maxParticipantsPerEvent", MAX_PARTICIPANTS_PER_EVENT);
        capability.put("mayCreateCalendar", true);
        return capability;
    }
}
