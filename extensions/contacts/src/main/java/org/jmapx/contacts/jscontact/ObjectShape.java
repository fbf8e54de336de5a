package org.jmapx.contacts.jscontact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSContact object type (Name, EmailAddress...): its "@type", its known properties and their rules,
 * and the rules spanning several properties. Properties it does not know (vendor-specific ones with a
 * ':' or any future ones) are accepted and kept untouched: RFC 9553 1.3 asks implementations to
 * preserve what they do not understand.
 */
public final class ObjectShape implements ValueRule {
    private record Constraint(Predicate<ObjectNode> holds, String property, String description) { }

    private final String typeName;
    private final Map<String, ValueRule> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<String> reserved = new ArrayList<>();

    public ObjectShape(String typeName) {
        this.typeName = typeName;
    }

    public ObjectShape optional(String name, ValueRule rule) {
        properties.put(name, rule);
        return this;
    }

    public ObjectShape required(String name, ValueRule rule) {
        required.add(name);
        return optional(name, rule);
    }

    /** A name the object must not have, whatever its value (RFC 9553 1.7.3 reserves "extra" in a Card). */
    public ObjectShape reserved(String name) {
        reserved.add(name);
        return this;
    }

    /** A rule over the whole object; {@code property} is the one reported when it fails. */
    public ObjectShape constraint(Predicate<ObjectNode> holds, String property, String description) {
        constraints.add(new Constraint(holds, property, description));
        return this;
    }

    @Override
    public void check(JsonNode value, String path, Problems problems) {
        if (!value.isObject()) {
            problems.add(path, "must be a " + typeName + " object");
            return;
        }
        checkProperties((ObjectNode) value, path, problems);
    }

    /** Checks the properties of an object already known to be one (the Card itself). */
    void checkProperties(ObjectNode object, String path, Problems problems) {
        JsonNode type = object.get("@type");
        if (type != null && !(type.isTextual() && type.asText().equals(typeName))) {
            problems.add(Problems.child(path, "@type"), "must be \"" + typeName + "\"");
        }
        for (String name : required) {
            if (!object.has(name) || object.get(name).isNull()) {
                problems.add(Problems.child(path, name), "is mandatory in a " + typeName);
            }
        }
        object.fields().forEachRemaining(field -> {
            ValueRule rule = properties.get(field.getKey());
            if (rule != null && !field.getValue().isNull()) {
                rule.check(field.getValue(), Problems.child(path, field.getKey()), problems);
            } else if (rule != null && !required.contains(field.getKey())) {
                // JSContact has no null values: an absent property is omitted, never null (RFC 9553 1.3)
                problems.add(Problems.child(path, field.getKey()), "must be omitted rather than null");
            }
        });
        for (String name : reserved) {
            if (object.has(name)) {
                problems.add(Problems.child(path, name), "is a reserved property name");
            }
        }
        for (Constraint constraint : constraints) {
            if (!constraint.holds().test(object)) {
                problems.add(Problems.child(path, constraint.property()), constraint.description());
            }
        }
    }
}
