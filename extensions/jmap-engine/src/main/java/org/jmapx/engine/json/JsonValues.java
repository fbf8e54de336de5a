package org.jmapx.engine.json;

import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON value equality as JMAP means it. Jackson's equals() tells IntNode(5) from LongNode(5) or
 * DecimalNode(5.0), and the same document reaches the engine in different node types depending on
 * where it was parsed (a client request through James, a store's JSON text).
 */
public final class JsonValues {
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonValues() {
    }

    /** True when both are absent, or both are the same JSON value (numbers compared by value). */
    public static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(NUMBERS_BY_VALUE, b);
    }
}
