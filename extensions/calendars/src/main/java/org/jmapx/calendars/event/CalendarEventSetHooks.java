package org.jmapx.calendars.event;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.set.SetError;
import org.jmapx.engine.set.SetHooks;
import org.jmapx.engine.type.PropertyProblem;
import org.jmapx.engine.type.TypeStorage;

/** The CalendarEvent/set rules: JSCalendar validity, calendars that exist, server-maintained timestamps. */
final class CalendarEventSetHooks implements SetHooks {
    private final TypeStorage calendars;
    private final Clock clock;

    CalendarEventSetHooks(TypeStorage calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Normalises RFC 8984 input first (EventRules#normalize), then reports every broken rule at once. */
    @Override
    public List<PropertyProblem> validate(ObjectNode event) {
        EventRules.normalize(event);
        if (!event.has("uid")) {
            event.put("uid", UUID.randomUUID().toString());
        }
        return EventRules.problems(event);
    }

    @Override
    public void fillServerSetProperties(String accountId, ObjectNode created) {
        String now = now();
        if (!created.has("created")) {
            created.put("created", now);
        }
        created.put("updated", now);
        created.put("isOrigin", true);
    }

    @Override
    public void updateServerSetProperties(String accountId, ObjectNode before, ObjectNode after) {
        after.put("updated", now());
    }

    /** Every calendar named must exist in the account (the engine checks the caller may write there). */
    @Override
    public Optional<SetError> checkWrite(String accountId, Optional<ObjectNode> before, ObjectNode after, ObjectNode arguments) {
        List<String> ids = new java.util.ArrayList<>();
        after.path("calendarIds").fieldNames().forEachRemaining(ids::add);
        var known = calendars.get(accountId, ids);
        for (String id : ids) {
            if (!known.containsKey(id)) {
                return Optional.of(SetError.invalidProperty("calendarIds/" + id, "no such Calendar"));
            }
        }
        if (before.isPresent() && before.get().path("isDraft").asBoolean(false) == false
            && after.path("isDraft").asBoolean(false)) {
            return Optional.of(SetError.invalidProperty("isDraft", "an event that is not a draft cannot become one"));
        }
        return Optional.empty();
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
