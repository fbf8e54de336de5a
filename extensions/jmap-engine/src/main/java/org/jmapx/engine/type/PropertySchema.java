package org.jmapx.engine.type;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The top-level properties of a type. Property names containing ':' are vendor extensions
 * (RFC 8620 1.1): they are always accepted and kept. An open schema accepts any other name too
 * (JSContact documents carry properties the engine does not know).
 */
public final class PropertySchema {
    private final Map<String, PropertyRule> rules;
    private final boolean open;

    private PropertySchema(Map<String, PropertyRule> rules, boolean open) {
        this.rules = Map.copyOf(rules);
        this.open = open;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<PropertyRule> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    public Collection<PropertyRule> rules() {
        return rules.values();
    }

    public boolean accepts(String name) {
        return open || rules.containsKey(name) || name.contains(":");
    }

    public boolean isServerSet(String name) {
        return rule(name).map(PropertyRule::serverSet).orElse(false);
    }

    public boolean isComputed(String name) {
        return rule(name).map(PropertyRule::computed).orElse(false);
    }

    public static final class Builder {
        private final Map<String, PropertyRule> rules = new LinkedHashMap<>();
        private boolean open;

        /** "id": immutable and server-set, present on every type. */
        private Builder() {
            rules.put("id", new PropertyRule("id", true, true, false, true, Optional.empty(), IdReference.NONE));
        }

        public Builder property(String name) {
            return add(name, false, false, false, false, null, IdReference.NONE);
        }

        public Builder requiredProperty(String name) {
            return add(name, false, false, false, true, null, IdReference.NONE);
        }

        public Builder propertyWithDefault(String name, JsonNode defaultValue) {
            return add(name, false, false, false, false, defaultValue, IdReference.NONE);
        }

        public Builder immutableProperty(String name) {
            return add(name, false, true, false, false, null, IdReference.NONE);
        }

        public Builder serverSetProperty(String name) {
            return add(name, true, false, false, false, null, IdReference.NONE);
        }

        public Builder computedProperty(String name) {
            return add(name, true, false, true, false, null, IdReference.NONE);
        }

        public Builder idReferenceProperty(String name, IdReference kind) {
            return add(name, false, false, false, false, null, kind);
        }

        public Builder rule(PropertyRule rule) {
            rules.put(rule.name(), rule);
            return this;
        }

        public Builder open() {
            this.open = true;
            return this;
        }

        private Builder add(String name, boolean serverSet, boolean immutable, boolean computed, boolean required,
                            JsonNode defaultValue, IdReference idReference) {
            return rule(new PropertyRule(name, serverSet, immutable, computed, required,
                Optional.ofNullable(defaultValue), idReference));
        }

        public PropertySchema build() {
            return new PropertySchema(rules, open);
        }
    }
}
