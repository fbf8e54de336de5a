package org.jmapx.calendars.calendar;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.set.SetError;
import org.jmapx.engine.set.SetHooks;
import org.jmapx.engine.type.PropertyProblem;

/** The Calendar/set rules that are the type's own (sharing, rights and the default calendar are the engine's). */
final class CalendarSetHooks implements SetHooks {
    static final String ON_DESTROY_REMOVE_EVENTS = "onDestroyRemoveEvents";
    private static final int MAX_NAME_OCTETS = 255;
    private static final long MAX_SORT_ORDER = (1L << 31) - 1;
    private static final Set<String> AVAILABILITY = Set.of("all", "attending", "none");

    private final CalendarContents contents;

    CalendarSetHooks(CalendarContents contents) {
        this.contents = contents;
    }

    @Override
    public List<PropertyProblem> validate(ObjectNode calendar) {
        List<PropertyProblem> problems = new ArrayList<>();
        JsonNode name = calendar.path("name");
        if (!name.isTextual() || name.asText().isEmpty()
            || name.asText().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_OCTETS) {
            problems.add(new PropertyProblem("name", "must be a non-empty String of at most 255 octets"));
        }
        if (!nullOrText(calendar.path("description"))) {
            problems.add(new PropertyProblem("description", "must be a String or null"));
        }
        JsonNode color = calendar.path("color");
        if (!color.isNull() && !(color.isTextual() && CssColors.isColor(color.asText()))) {
            problems.add(new PropertyProblem("color", "must be a CSS3 color name or #rgb/#rrggbb, or null"));
        }
        JsonNode sortOrder = calendar.path("sortOrder");
        if (!sortOrder.isIntegralNumber() || sortOrder.asLong() < 0 || sortOrder.asLong() > MAX_SORT_ORDER) {
            problems.add(new PropertyProblem("sortOrder", "must be an integer in 0..2^31-1"));
        }
        for (String flag : List.of("isSubscribed", "isVisible")) {
            if (!calendar.path(flag).isBoolean()) {
                problems.add(new PropertyProblem(flag, "must be a Boolean"));
            }
        }
        if (!AVAILABILITY.contains(calendar.path("includeInAvailability").asText(""))
            || !calendar.path("includeInAvailability").isTextual()) {
            problems.add(new PropertyProblem("includeInAvailability", "must be \"all\", \"attending\" or \"none\""));
        }
        for (String alerts : List.of("defaultAlertsWithTime", "defaultAlertsWithoutTime")) {
            problems.addAll(alertMapProblems(alerts, calendar.path(alerts)));
        }
        JsonNode timeZone = calendar.path("timeZone");
        if (!timeZone.isNull() && !(timeZone.isTextual() && ZoneId.getAvailableZoneIds().contains(timeZone.asText()))) {
            problems.add(new PropertyProblem("timeZone", "must be an IANA time zone id, or null"));
        }
        return problems;
    }

    @Override
    public void fillServerSetProperties(String accountId, ObjectNode created) {
        // a new calendar becomes the default only through onSuccessSetIsDefault (the engine's)
        created.put(CalendarType.IS_DEFAULT, false);
    }

    @Override
    public Optional<SetError> checkDestroy(String accountId, ObjectNode calendar, ObjectNode arguments) {
        if (!removeEvents(arguments) && contents.hasEvents(accountId, calendar.get("id").asText())) {
            return Optional.of(SetError.of("calendarHasEvent", "The Calendar has events and onDestroyRemoveEvents is false"));
        }
        return Optional.empty();
    }

    @Override
    public String commitDestroying(String accountId, Set<String> destroyedIds, ObjectNode arguments, Supplier<String> commit) {
        if (!removeEvents(arguments) || destroyedIds.isEmpty()) {
            return commit.get();
        }
        return contents.removeEventsThen(accountId, destroyedIds, commit);
    }

    @Override
    public Set<String> extraArguments() {
        return Set.of(ON_DESTROY_REMOVE_EVENTS);
    }

    @Override
    public void validateArguments(ObjectNode arguments) throws MethodErrorException {
        JsonNode remove = arguments.get(ON_DESTROY_REMOVE_EVENTS);
        if (remove != null && !remove.isNull() && !remove.isBoolean()) {
            throw MethodErrorException.invalidArguments(ON_DESTROY_REMOVE_EVENTS + " must be a Boolean");
        }
    }

    /** Ids to JSCalendar Alert objects (RFC 8984 4.5.2): a trigger object is what every alert needs. */
    private static List<PropertyProblem> alertMapProblems(String property, JsonNode alerts) {
        List<PropertyProblem> problems = new ArrayList<>();
        if (alerts.isNull()) {
            return problems;
        }
        if (!alerts.isObject()) {
            problems.add(new PropertyProblem(property, "must be a map of ids to Alert objects, or null"));
            return problems;
        }
        alerts.fields().forEachRemaining(alert -> {
            JsonNode trigger = alert.getValue().path("trigger");
            if (!alert.getValue().isObject() || !trigger.isObject()) {
                problems.add(new PropertyProblem(property + "/" + alert.getKey(), "must be an Alert with a trigger"));
            }
        });
        return problems;
    }

    private static boolean nullOrText(JsonNode value) {
        return value.isNull() || value.isTextual();
    }

    private static boolean removeEvents(ObjectNode arguments) {
        return arguments.path(ON_DESTROY_REMOVE_EVENTS).asBoolean(false);
    }
}
