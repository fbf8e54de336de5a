package org.jmapx.sharing.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.query.QuerySupport;
import org.jmapx.engine.query.UnsupportedFilterException;

/** The ShareNotification FilterCondition and sort of RFC 9670 3.4. */
final class ShareNotificationQuerySupport implements QuerySupport {
    @Override
    public Predicate<ObjectNode> compileCondition(ObjectNode condition) throws UnsupportedFilterException {
        List<Predicate<ObjectNode>> tests = new ArrayList<>();
        var fields = condition.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "after" -> date(field.getKey(), value)
                    .ifPresent(after -> tests.add(notification -> !created(notification).isBefore(after)));
                case "before" -> date(field.getKey(), value)
                    .ifPresent(before -> tests.add(notification -> created(notification).isBefore(before)));
                case "objectType", "objectAccountId" -> {
                    if (!value.isTextual()) {
                        throw new UnsupportedFilterException(field.getKey() + " must be a String");
                    }
                    tests.add(notification -> value.asText().equals(notification.path(field.getKey()).asText(null)));
                }
                default -> throw new UnsupportedFilterException("Unknown ShareNotification filter " + field.getKey());
            }
        }
        return notification -> tests.stream().allMatch(test -> test.test(notification));
    }

    /** A UTCDate, or empty for null (no bound). */
    private static Optional<Instant> date(String name, JsonNode value) throws UnsupportedFilterException {
        if (value.isNull()) {
            return Optional.empty();
        }
        Optional<Instant> date = value.isTextual() ? UtcDates.parse(value.asText()) : Optional.empty();
        if (date.isEmpty()) {
            throw new UnsupportedFilterException(name + " must be a UTCDate or null");
        }
        return date;
    }

    private static Instant created(ObjectNode notification) {
        return UtcDates.parse(notification.path("created").asText(null)).orElse(Instant.EPOCH);
    }

    @Override
    public Optional<Comparator<ObjectNode>> comparator(String property, String collation) {
        return property.equals("created")
            ? Optional.of(Comparator.comparing(ShareNotificationQuerySupport::created))
            : Optional.empty();
    }
}
