package org.jmapx.calendars;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.MemoryObjectStore;
import org.jmapx.engine.testing.FakeMethodContext;
import org.jmapx.engine.testing.Json;

/** The calendar methods on memory stores, for one random account per test, at a fixed time. */
final class CalendarFixture {
    final String accountId = "account-" + UUID.randomUUID();
    final CalendarsExtension calendars = new CalendarsExtension(new MemoryObjectStore(), new MemoryChangeLog(),
        StateChangeListener.NONE, Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
    final FakeMethodContext owner = FakeMethodContext.of(accountId);

    ObjectNode call(String method, String arguments) throws MethodErrorException {
        return call(method, owner, arguments);
    }

    ObjectNode call(String method, MethodContext caller, String arguments) throws MethodErrorException {
        ObjectNode json = Json.object(arguments);
        if (!json.has("accountId")) {
            json.put("accountId", accountId);
        }
        JmapMethod found = calendars.methods().stream().filter(candidate -> candidate.name().equals(method)).findFirst()
            .orElseThrow();
        return found.call(json, caller);
    }

    /** Creates an event in the default calendar from JSON properties (calendarIds added) and returns its id. */
    String event(String properties) throws MethodErrorException {
        ObjectNode event = Json.object(properties);
        if (!event.has("calendarIds")) {
            event.putObject("calendarIds").put("default", true);
        }
        ObjectNode response = call("CalendarEvent/set", "{'create': {'e': " + event + "}}");
        if (!response.path("created").has("e")) {
            throw new AssertionError("Not created: " + response);
        }
        return response.at("/created/e/id").asText();
    }
}
