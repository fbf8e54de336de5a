package org.jmapx.engine.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.json.JsonValues;
import org.jmapx.engine.type.PropertyProblem;
import org.jmapx.engine.type.PropertyRule;
import org.jmapx.engine.type.PropertySchema;

/** The rules every type gets from its schema, whatever its own validation says. */
final class SchemaChecks {
    private SchemaChecks() {
    }

    /** A create may hold neither unknown nor server-set properties (RFC 8620 5.3 "MUST omit"). */
    static List<PropertyProblem> creatable(ObjectNode requested, PropertySchema schema) {
        List<PropertyProblem> problems = new ArrayList<>();
        requested.fieldNames().forEachRemaining(name -> {
            if (!schema.accepts(name)) {
                problems.add(new PropertyProblem(name, "unknown property"));
            } else if (schema.isServerSet(name)) {
                problems.add(new PropertyProblem(name, "set by the server only"));
            }
        });
        return problems;
    }

    /** An update may not add unknown properties nor change server-set or immutable ones. */
    static List<PropertyProblem> updatable(ObjectNode before, ObjectNode after, Set<String> touched,
                                          PropertySchema schema) {
        List<PropertyProblem> problems = new ArrayList<>();
        for (String name : touched) {
            if (!schema.accepts(name)) {
                problems.add(new PropertyProblem(name, "unknown property"));
                continue;
            }
            boolean frozen = schema.rule(name).map(rule -> rule.serverSet() || rule.immutable()).orElse(false);
            if (frozen && !JsonValues.same(before.get(name), after.get(name))) {
                problems.add(new PropertyProblem(name, schema.isServerSet(name)
                    ? "set by the server only" : "immutable once created"));
            }
        }
        return problems;
    }

    static List<PropertyProblem> requiredPresent(ObjectNode record, PropertySchema schema) {
        List<PropertyProblem> problems = new ArrayList<>();
        for (PropertyRule rule : schema.rules()) {
            JsonNode value = record.get(rule.name());
            if (rule.required() && !rule.serverSet() && (value == null || value.isNull())) {
                problems.add(new PropertyProblem(rule.name(), "is required"));
            }
        }
        return problems;
    }

    static void fillDefaults(ObjectNode record, PropertySchema schema) {
        for (PropertyRule rule : schema.rules()) {
            if (rule.defaultValue().isPresent() && !record.has(rule.name())) {
                record.set(rule.name(), rule.defaultValue().get().deepCopy());
            }
        }
    }
}
