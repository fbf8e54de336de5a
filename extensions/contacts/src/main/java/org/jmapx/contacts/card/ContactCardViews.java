package org.jmapx.contacts.card;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.query.Collations;

/** Computes the {@link ContactCardView} of a stored card (RFC 9610 3.3 says which values each filter reads). */
public final class ContactCardViews {
    private static final Function<String, String> DEFAULT_KEY = Collations.sortKey(null).orElseThrow();

    private ContactCardViews() {
    }

    public static ContactCardView of(ObjectNode card) {
        JsonNode name = card.path("name");
        List<String> nameValues = componentValues(name, null);
        addText(nameValues, name.path("full"));
        String nameText = join(nameValues);
        String nickname = join(mapValues(card.path("nicknames"), "name"));
        String organization = join(organizations(card.path("organizations")));
        String email = join(mapValues(card.path("emails"), "address", "label"));
        String phone = join(mapValues(card.path("phones"), "number", "label"));
        String onlineService = join(mapValues(card.path("onlineServices"), "service", "uri", "user", "label"));
        String address = join(addresses(card.path("addresses")));
        String note = join(mapValues(card.path("notes"), "note"));
        List<String> extra = mapValues(card.path("titles"), "name");
        extra.addAll(mapValues(card.path("personalInfo"), "value"));
        card.path("keywords").fieldNames().forEachRemaining(extra::add);
        String text = String.join(String.valueOf(SearchText.VALUE_SEPARATOR), nameText, nickname, organization,
            email, phone, onlineService, address, note, join(extra));
        return new ContactCardView(
            card.path("id").asText(),
            card.path("uid").asText(null),
            card.path("kind").asText("individual"),
            keys(card.path("addressBookIds")),
            keys(card.path("members")),
            instant(card.path("created")),
            instant(card.path("updated")),
            nameText,
            join(componentValues(name, "given")),
            join(componentValues(name, "surname")),
            join(componentValues(name, "surname2")),
            nickname, organization, email, phone, onlineService, address, note, text,
            sortValue(name, "given"), sortValue(name, "surname"), sortValue(name, "surname2"));
    }

    /** The values of the components of a Name or Address, all of them or those of one kind. */
    private static List<String> componentValues(JsonNode nameOrAddress, String kind) {
        List<String> values = new ArrayList<>();
        for (JsonNode component : nameOrAddress.path("components")) {
            if (kind == null || kind.equals(component.path("kind").asText())) {
                addText(values, component.path("value"));
            }
        }
        return values;
    }

    /** RFC 9610 3.3.2: the value of the first component of that kind. */
    private static ContactCardView.SortValue sortValue(JsonNode name, String kind) {
        for (JsonNode component : name.path("components")) {
            if (kind.equals(component.path("kind").asText()) && component.path("value").isTextual()) {
                String raw = component.path("value").asText();
                return new ContactCardView.SortValue(raw, DEFAULT_KEY.apply(raw));
            }
        }
        return null;
    }

    private static List<String> mapValues(JsonNode map, String... properties) {
        List<String> values = new ArrayList<>();
        for (JsonNode entry : map) {
            for (String property : properties) {
                addText(values, entry.path(property));
            }
        }
        return values;
    }

    private static List<String> organizations(JsonNode organizations) {
        List<String> values = mapValues(organizations, "name");
        for (JsonNode organization : organizations) {
            for (JsonNode unit : organization.path("units")) {
                addText(values, unit.path("name"));
            }
        }
        return values;
    }

    private static List<String> addresses(JsonNode addresses) {
        List<String> values = new ArrayList<>();
        for (JsonNode address : addresses) {
            values.addAll(componentValues(address, null));
            addText(values, address.path("full"));
        }
        return values;
    }

    private static void addText(List<String> values, JsonNode value) {
        if (value.isTextual()) {
            values.add(value.asText());
        }
    }

    private static String join(List<String> values) {
        StringBuilder joined = new StringBuilder();
        for (String value : values) {
            if (joined.length() > 0) {
                joined.append(SearchText.VALUE_SEPARATOR);
            }
            joined.append(SearchText.normalize(value));
        }
        return joined.toString();
    }

    private static Set<String> keys(JsonNode map) {
        Set<String> keys = new LinkedHashSet<>();
        map.fieldNames().forEachRemaining(keys::add);
        return Set.copyOf(keys);
    }

    private static Instant instant(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
