package org.jmapx.engine.set;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.type.IdReference;
import org.jmapx.engine.type.PropertyRule;
import org.jmapx.engine.type.PropertyProblem;
import org.jmapx.engine.type.PropertySchema;

/** Replaces "#creationId" references by real ids in the id-reference properties of a record (RFC 8620 5.3). */
final class CreationReferences {
    private CreationReferences() {
    }

    /**
     * Resolves in place; an unknown creation id is a problem of its property (a dangling foreign key), and
     * so is a value of the wrong shape: the schema says the property holds ids, so nothing else can be stored.
     */
    static List<PropertyProblem> resolve(ObjectNode record, PropertySchema schema, MethodContext context) {
        List<PropertyProblem> problems = new ArrayList<>();
        for (PropertyRule rule : schema.rules()) {
            JsonNode value = record.get(rule.name());
            if (value == null || value.isNull() || rule.idReference() == IdReference.NONE) {
                continue;
            }
            if (!hasShape(value, rule.idReference())) {
                problems.add(new PropertyProblem(rule.name(), "must be " + switch (rule.idReference()) {
                    case SINGLE -> "an Id";
                    case MAP_KEYS -> "a map whose keys are Ids";
                    default -> "a list of Ids";
                }));
                continue;
            }
            boolean resolved = switch (rule.idReference()) {
                case SINGLE -> resolveSingle(record, rule.name(), value, context);
                case MAP_KEYS -> resolveKeys((ObjectNode) value, context);
                case LIST -> resolveElements((ArrayNode) value, context);
                case NONE -> true;
            };
            if (!resolved) {
                problems.add(new PropertyProblem(rule.name(), "refers to an unknown creation id"));
            }
        }
        return problems;
    }

    /** The creation ids (without '#') a record refers to in its id-reference properties, unresolved. */
    static Set<String> referencedCreationIds(ObjectNode record, PropertySchema schema) {
        Set<String> references = new LinkedHashSet<>();
        for (PropertyRule rule : schema.rules()) {
            JsonNode value = record.get(rule.name());
            if (value == null || !hasShape(value, rule.idReference())) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            switch (rule.idReference()) {
                case SINGLE -> ids.add(value.asText());
                case MAP_KEYS -> value.fieldNames().forEachRemaining(ids::add);
                case LIST -> value.forEach(element -> ids.add(element.asText()));
                case NONE -> { }
            }
            ids.stream().filter(id -> id.startsWith("#")).forEach(id -> references.add(id.substring(1)));
        }
        return references;
    }

    private static boolean hasShape(JsonNode value, IdReference kind) {
        return switch (kind) {
            case SINGLE -> value.isTextual();
            case MAP_KEYS -> value.isObject();
            case LIST -> value.isArray() && java.util.stream.StreamSupport.stream(value.spliterator(), false)
                .allMatch(JsonNode::isTextual);
            case NONE -> false;
        };
    }

    /** The id an id-or-reference stands for, empty for an unknown creation id. */
    static Optional<String> resolveId(String idOrReference, MethodContext context) {
        if (idOrReference.startsWith("#")) {
            return context.resolveCreationId(idOrReference.substring(1));
        }
        return Optional.of(idOrReference);
    }

    private static boolean resolveSingle(ObjectNode record, String name, JsonNode value, MethodContext context) {
        Optional<String> id = resolveId(value.asText(), context);
        id.ifPresent(resolved -> record.put(name, resolved));
        return id.isPresent();
    }

    private static boolean resolveKeys(ObjectNode map, MethodContext context) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        map.fields().forEachRemaining(entries::add);
        boolean resolved = true;
        for (Map.Entry<String, JsonNode> entry : entries) {
            if (!entry.getKey().startsWith("#")) {
                continue;
            }
            Optional<String> id = resolveId(entry.getKey(), context);
            if (id.isPresent()) {
                map.remove(entry.getKey());
                map.set(id.get(), entry.getValue());
            } else {
                resolved = false;
            }
        }
        return resolved;
    }

    private static boolean resolveElements(ArrayNode list, MethodContext context) {
        boolean resolved = true;
        for (int i = 0; i < list.size(); i++) {
            JsonNode element = list.get(i);
            if (element.isTextual() && element.asText().startsWith("#")) {
                Optional<String> id = resolveId(element.asText(), context);
                if (id.isPresent()) {
                    list.set(i, TextNode.valueOf(id.get()));
                } else {
                    resolved = false;
                }
            }
        }
        return resolved;
    }
}
