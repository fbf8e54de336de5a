package org.jmapx.contacts.card;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.query.UnsupportedFilterException;

/** The FilterCondition of RFC 9610 3.3.1 compiled into a test on {@link ContactCardView}s. */
final class ContactCardFilters {
    /** The String conditions matched as text, and the search string of the view each one reads. */
    private static final Map<String, Function<ContactCardView, String>> TEXT_FIELDS = Map.ofEntries(
        Map.entry("text", ContactCardView::text),
        Map.entry("name", ContactCardView::name),
        Map.entry("name/given", ContactCardView::given),
        Map.entry("name/surname", ContactCardView::surname),
        Map.entry("name/surname2", ContactCardView::surname2),
        Map.entry("nickname", ContactCardView::nickname),
        Map.entry("organization", ContactCardView::organization),
        Map.entry("email", ContactCardView::email),
        Map.entry("phone", ContactCardView::phone),
        Map.entry("onlineService", ContactCardView::onlineService),
        Map.entry("address", ContactCardView::address),
        Map.entry("note", ContactCardView::note));

    private ContactCardFilters() {
    }

    /** Every property of the condition must hold; an empty condition matches every card (RFC 9610 3.3.1). */
    static Predicate<ContactCardView> compile(ObjectNode condition) throws UnsupportedFilterException {
        List<Predicate<ContactCardView>> all = new ArrayList<>();
        var fields = condition.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            all.add(property(field.getKey(), field.getValue()));
        }
        return view -> {
            for (Predicate<ContactCardView> predicate : all) {
                if (!predicate.test(view)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Predicate<ContactCardView> property(String name, JsonNode value) throws UnsupportedFilterException {
        if (TEXT_FIELDS.containsKey(name)) {
            TextQuery query = TextQuery.parse(string(name, value));
            Function<ContactCardView, String> field = TEXT_FIELDS.get(name);
            return view -> query.matches(field.apply(view));
        }
        return switch (name) {
            case "inAddressBook" -> {
                String id = string(name, value);
                yield view -> view.addressBookIds().contains(id);
            }
            case "uid" -> {
                String uid = string(name, value);
                yield view -> uid.equals(view.uid());
            }
            case "hasMember" -> {
                String member = string(name, value);
                yield view -> view.members().contains(member);
            }
            case "kind" -> {
                String kind = string(name, value);
                yield view -> kind.equals(view.kind());
            }
            case "createdBefore" -> before(date(name, value), ContactCardView::created);
            case "createdAfter" -> sameOrAfter(date(name, value), ContactCardView::created);
            case "updatedBefore" -> before(date(name, value), ContactCardView::updated);
            case "updatedAfter" -> sameOrAfter(date(name, value), ContactCardView::updated);
            default -> throw new UnsupportedFilterException("Unknown ContactCard filter property '" + name + "'");
        };
    }

    private static Predicate<ContactCardView> before(Instant date, Function<ContactCardView, Instant> property) {
        return view -> property.apply(view) != null && property.apply(view).isBefore(date);
    }

    private static Predicate<ContactCardView> sameOrAfter(Instant date, Function<ContactCardView, Instant> property) {
        return view -> property.apply(view) != null && !property.apply(view).isBefore(date);
    }

    private static String string(String name, JsonNode value) throws UnsupportedFilterException {
        if (!value.isTextual()) {
            throw new UnsupportedFilterException("'" + name + "' must be a String");
        }
        return value.asText();
    }

    private static Instant date(String name, JsonNode value) throws UnsupportedFilterException {
        try {
            return Instant.parse(string(name, value));
        } catch (DateTimeParseException e) {
            throw new UnsupportedFilterException("'" + name + "' must be a UTCDate");
        }
    }
}
