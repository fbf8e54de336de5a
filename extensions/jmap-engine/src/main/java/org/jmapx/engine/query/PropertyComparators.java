package org.jmapx.engine.query;

import java.util.Comparator;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Ready-made sort orders on a top-level property, for types' {@link QuerySupport#comparator}. */
public final class PropertyComparators {
    private PropertyComparators() {
    }

    /** Strings with the collation; records lacking the property sort first. */
    public static Optional<Comparator<ObjectNode>> text(String property, String collation) {
        return Collations.forName(collation).map(strings ->
            Comparator.comparing((ObjectNode object) -> textOf(object, property), Comparator.nullsFirst(strings)));
    }

    /** Numbers; records lacking the property sort first. The collation does not apply. */
    public static Comparator<ObjectNode> number(String property) {
        return Comparator.comparing((ObjectNode object) -> numberOf(object, property),
            Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static String textOf(ObjectNode object, String property) {
        JsonNode value = object.get(property);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static Double numberOf(ObjectNode object, String property) {
        JsonNode value = object.get(property);
        if (value != null && value.isBoolean()) {
            return value.asBoolean() ? 1.0 : 0.0;
        }
        return value == null || !value.isNumber() ? null : value.asDouble();
    }
}
