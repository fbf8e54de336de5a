package org.jmapx.engine.set;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.type.PropertySchema;

/**
 * The order in which the creates of one /set call run. RFC 8620 5.3: the server MUST order the creates
 * so that a create runs before another create of the same call refers to its "#creationId"; the
 * client's map order carries no meaning (JSON objects are unordered).
 */
final class CreationOrder {
    private CreationOrder() {
    }

    /**
     * The creation ids of {@code create}, each after the creation ids of the same call it refers to, otherwise
     * in request order. A cycle cannot be ordered: its members run in request order, and the reference to the
     * one not yet created fails as a dangling reference.
     */
    static List<String> of(ObjectNode create, PropertySchema schema) {
        Map<String, Set<String>> references = new LinkedHashMap<>();
        create.fields().forEachRemaining(entry -> references.put(entry.getKey(),
            entry.getValue().isObject()
                ? CreationReferences.referencedCreationIds((ObjectNode) entry.getValue(), schema)
                : Set.of()));
        List<String> order = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        references.keySet().forEach(creationId -> visit(creationId, references, visited, order));
        return order;
    }

    /** Depth-first; the depth is bounded by the number of creates, itself bounded by maxObjectsInSet. */
    private static void visit(String creationId, Map<String, Set<String>> references, Set<String> visited,
                              List<String> order) {
        if (!visited.add(creationId)) {
            return;
        }
        for (String referenced : references.get(creationId)) {
            if (references.containsKey(referenced)) {
                visit(referenced, references, visited, order);
            }
        }
        order.add(creationId);
    }
}
