package org.jmapx.calendars.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.calendars.CalendarsCapability;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.query.PropertyComparators;
import org.jmapx.engine.query.QueryAbortedException;
import org.jmapx.engine.query.QuerySupport;
import org.jmapx.engine.query.UnsupportedFilterException;

/**
 * CalendarEvent/query ("Filtering", "Sorting" of the calendars draft). after/before are LocalDateTimes in
 * the call's timeZone argument (default Etc/UTC), in which floating events are read too. Without
 * expandRecurrences a recurring series matches a range when its first occurrence starts before the range
 * ends and its until (if any) is not before it starts; with it, each occurrence in the range is a result of
 * its own, under its instance id (Occurrences).
 */
final class CalendarEventQuerySupport implements QuerySupport {
    private static final Set<String> EXTRA = Set.of("expandRecurrences", "timeZone");
    private static final Duration MAX_EXPANDED = Duration.ofDays(400);

    private final ZoneId zone;
    /** The range whose occurrences are listed, when the call expands recurrences. */
    private final Optional<Range> expansion;

    CalendarEventQuerySupport() {
        this(ZoneOffset.UTC, Optional.empty());
    }

    private CalendarEventQuerySupport(ZoneId zone, Optional<Range> expansion) {
        this.zone = zone;
        this.expansion = expansion;
    }

    @Override
    public Set<String> extraArguments() {
        return EXTRA;
    }

    @Override
    public QuerySupport forCall(ObjectNode arguments) throws MethodErrorException {
        JsonNode timeZone = arguments.path("timeZone");
        ZoneId callZone = ZoneOffset.UTC;
        if (!timeZone.isMissingNode() && !timeZone.isNull()) {
            if (!timeZone.isTextual() || !EventTimes.isZone(timeZone.asText())) {
                throw MethodErrorException.invalidArguments("timeZone must be an IANA time zone id");
            }
            callZone = ZoneId.of(timeZone.asText());
        }
        JsonNode expandRecurrences = arguments.path("expandRecurrences");
        if (!expandRecurrences.isMissingNode() && !expandRecurrences.isNull() && !expandRecurrences.isBoolean()) {
            throw MethodErrorException.invalidArguments("expandRecurrences must be a Boolean");
        }
        Optional<Range> range = Optional.empty();
        if (expandRecurrences.asBoolean(false)) {
            range = Optional.of(boundedRange(arguments.path("filter"), callZone));
        }
        return new CalendarEventQuerySupport(callZone, range);
    }

    /** With expandRecurrences, a recurring series stands for its occurrences in the range, each with its instance id. */
    @Override
    public List<ObjectNode> expand(ObjectNode event) {
        if (expansion.isEmpty() || !event.path("recurrenceRule").isObject() && !event.path("recurrenceOverrides").isObject()) {
            return List.of(event);
        }
        try {
            String baseId = event.path("id").asText();
            return Occurrences.overlapping(event, zone, expansion.get().after(), expansion.get().before()).stream()
                .map(recurrenceId -> Occurrences.instance(event, recurrenceId, baseId))
                .toList();
        } catch (TooManyOccurrencesException e) {
            throw new QueryAbortedException(new MethodErrorException("cannotCalculateOccurrences", e.getMessage()));
        }
    }

    /** Occurrence ids are computed per call: /queryChanges cannot follow them through the change log. */
    @Override
    public boolean canCalculateChanges(JsonNode filter, List<org.jmapx.engine.query.SortProperty> sort) {
        return expansion.isEmpty();
    }

    @Override
    public Predicate<ObjectNode> compileCondition(ObjectNode condition) throws UnsupportedFilterException {
        List<Predicate<ObjectNode>> tests = new ArrayList<>();
        Optional<Instant> after = Optional.empty();
        Optional<Instant> before = Optional.empty();
        var fields = condition.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            switch (field.getKey()) {
                case "inCalendars" -> tests.add(inCalendars(value));
                case "after" -> after = Optional.of(instant(value, "after"));
                case "before" -> before = Optional.of(instant(value, "before"));
                case "text" -> tests.add(containsWords(value, EventText::all));
                case "title" -> tests.add(containsWords(value, event -> EventText.of(event.path("title"))));
                case "description" -> tests.add(containsWords(value, event -> EventText.of(event.path("description"))));
                case "location" -> tests.add(containsWords(value, EventText::locations));
                case "owner" -> tests.add(containsWords(value, event -> EventText.participants(event, "owner")));
                case "attendee" -> tests.add(containsWords(value, event -> EventText.participants(event, "attendee")));
                case "participationStatus" -> {
                    String status = text(value, "participationStatus");
                    tests.add(event -> EventText.hasParticipationStatus(event, status));
                }
                case "uid" -> {
                    String uid = text(value, "uid");
                    tests.add(event -> event.path("uid").asText("").equals(uid));
                }
                default -> throw new UnsupportedFilterException("Unknown filter condition " + field.getKey());
            }
        }
        if (after.isPresent() || before.isPresent()) {
            tests.add(inRange(after, before));
        }
        return tests.stream().reduce(event -> true, Predicate::and);
    }

    @Override
    public Optional<Comparator<ObjectNode>> comparator(String property, String collation) {
        return switch (property) {
            case "start" -> Optional.of(Comparator.comparing((ObjectNode event) -> EventTimes.start(event, zone)));
            case "uid", "recurrenceId", "created", "updated" -> PropertyComparators.text(property, collation);
            default -> Optional.empty();
        };
    }

    private static Predicate<ObjectNode> containsWords(JsonNode value, java.util.function.Function<ObjectNode, Set<String>> text)
        throws UnsupportedFilterException {
        List<String> wanted = words(value);
        return event -> text.apply(event).containsAll(wanted);
    }

    private Predicate<ObjectNode> inRange(Optional<Instant> after, Optional<Instant> before) {
        return event -> {
            boolean recurring = event.path("recurrenceRule").isObject();
            Instant start = EventTimes.start(event, zone);
            boolean startsBefore = before.map(start::isBefore).orElse(true);
            boolean endsAfter = after.map(bound -> recurring ? seriesMayReach(event, bound) : EventTimes.end(event, zone).isAfter(bound))
                .orElse(true);
            return startsBefore && endsAfter;
        };
    }

    /** A series without until goes on (or its count is unknown here): only an until before the range excludes it. */
    private boolean seriesMayReach(JsonNode event, Instant after) {
        JsonNode until = event.path("recurrenceRule").path("until");
        if (!until.isTextual()) {
            return true;
        }
        Duration length = EventTimes.duration(event.path("duration")).orElse(Duration.ZERO);
        return EventTimes.localDateTime(until).map(last -> last.plus(length).atZone(zoneOf(event)).toInstant().isAfter(after))
            .orElse(true);
    }

    private ZoneId zoneOf(JsonNode event) {
        String timeZone = event.path("timeZone").asText(null);
        return timeZone != null && EventTimes.isZone(timeZone) ? ZoneId.of(timeZone) : zone;
    }

    private Instant instant(JsonNode value, String name) throws UnsupportedFilterException {
        Optional<LocalDateTime> local = EventTimes.localDateTime(value);
        if (local.isEmpty()) {
            throw new UnsupportedFilterException(name + " must be a LocalDateTime");
        }
        return local.get().atZone(zone).toInstant();
    }

    private static Predicate<ObjectNode> inCalendars(JsonNode value) throws UnsupportedFilterException {
        if (!value.isArray()) {
            throw new UnsupportedFilterException("inCalendars must be a list of Calendar ids");
        }
        List<String> ids = new ArrayList<>();
        value.forEach(id -> ids.add(id.asText()));
        return event -> ids.stream().anyMatch(id -> event.path("calendarIds").path(id).asBoolean(false));
    }

    private static String text(JsonNode value, String name) throws UnsupportedFilterException {
        if (!value.isTextual()) {
            throw new UnsupportedFilterException(name + " must be a String");
        }
        return value.asText();
    }

    private static List<String> words(JsonNode value) throws UnsupportedFilterException {
        if (!value.isTextual()) {
            throw new UnsupportedFilterException("text filters take a String");
        }
        return List.of(value.asText().toLowerCase(Locale.ROOT).split("\\W+")).stream().filter(word -> !word.isEmpty()).toList();
    }

    private static Range boundedRange(JsonNode filter, ZoneId zone) throws MethodErrorException {
        if (!filter.isObject() || filter.has("operator")) {
            throw MethodErrorException.invalidArguments("expandRecurrences needs a FilterCondition (not an operator)");
        }
        Optional<LocalDateTime> after = EventTimes.localDateTime(filter.path("after"));
        Optional<LocalDateTime> before = EventTimes.localDateTime(filter.path("before"));
        if (after.isEmpty() || before.isEmpty()) {
            throw MethodErrorException.invalidArguments("expandRecurrences needs both after and before");
        }
        if (Duration.between(after.get(), before.get()).compareTo(MAX_EXPANDED) > 0) {
            throw MethodErrorException.invalidArguments("the range exceeds maxExpandedQueryDuration "
                + CalendarsCapability.MAX_EXPANDED_QUERY_DURATION);
        }
        return new Range(after.get().atZone(zone).toInstant(), before.get().atZone(zone).toInstant());
    }

    private record Range(Instant after, Instant before) {
    }
}
