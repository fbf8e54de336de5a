package org.jmapx.engine.argument;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;

/**
 * Typed reads of a method's arguments: any wrong type becomes an invalidArguments method error, so
 * that a malformed request never escapes as a server failure.
 */
public final class Arguments {
    private final ObjectNode arguments;

    public Arguments(ObjectNode arguments) {
        this.arguments = java.util.Objects.requireNonNull(arguments, "arguments");
    }

    public ObjectNode raw() {
        return arguments;
    }

    /** Rejects any argument whose name is not in {@code known}. */
    public Arguments allowOnly(Set<String> known) throws MethodErrorException {
        Set<String> unknown = new TreeSet<>();
        arguments.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw MethodErrorException.invalidArguments("Unknown arguments: " + unknown);
        }
        return this;
    }

    /** The accountId argument, checked against what the caller may access. */
    public String requiredString(String name) throws MethodErrorException {
        return optionalString(name)
            .orElseThrow(() -> MethodErrorException.invalidArguments("'" + name + "' is required"));
    }

    public Optional<String> optionalString(String name) throws MethodErrorException {
        JsonNode value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(name, "a String");
        }
        return Optional.of(value.asText());
    }

    public boolean booleanOrDefault(String name, boolean defaultValue) throws MethodErrorException {
        JsonNode value = value(name);
        if (value == null) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            throw wrongType(name, "a Boolean");
        }
        return value.asBoolean();
    }

    /** An Int of RFC 8620 1.3 (-2^53+1 .. 2^53-1). */
    public Optional<Long> optionalInt(String name) throws MethodErrorException {
        JsonNode value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || Math.abs(value.asLong()) > (1L << 53) - 1) {
            throw wrongType(name, "an Int");
        }
        return Optional.of(value.asLong());
    }

    public Optional<Long> optionalUnsignedInt(String name) throws MethodErrorException {
        Optional<Long> value = optionalInt(name);
        if (value.isPresent() && value.get() < 0) {
            throw wrongType(name, "an UnsignedInt");
        }
        return value;
    }

    /** A positive Int, or empty when absent or null (maxChanges). */
    public Optional<Integer> optionalPositiveInt(String name) throws MethodErrorException {
        Optional<Long> value = optionalInt(name);
        if (value.isPresent() && value.get() < 1) {
            throw wrongType(name, "a positive Int");
        }
        return value.map(v -> (int) Math.min(v, Integer.MAX_VALUE));
    }

    public Optional<List<String>> optionalStringList(String name) throws MethodErrorException {
        JsonNode value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw wrongType(name, "a list of Strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw wrongType(name, "a list of Strings");
            }
            strings.add(element.asText());
        }
        return Optional.of(strings);
    }

    public Optional<ObjectNode> optionalObject(String name) throws MethodErrorException {
        JsonNode value = value(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw wrongType(name, "an object");
        }
        return Optional.of((ObjectNode) value);
    }

    /** A map whose values must all be objects (create, update). */
    public Optional<ObjectNode> optionalMapOfObjects(String name) throws MethodErrorException {
        Optional<ObjectNode> map = optionalObject(name);
        if (map.isPresent()) {
            Iterator<JsonNode> values = map.get().elements();
            while (values.hasNext()) {
                if (!values.next().isObject()) {
                    throw wrongType(name, "a map of objects");
                }
            }
        }
        return map;
    }

    /** The value, or null when absent or JSON null (RFC 8620 treats both as "not given"). */
    public JsonNode value(String name) {
        JsonNode value = arguments.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static MethodErrorException wrongType(String name, String expected) {
        return MethodErrorException.invalidArguments("'" + name + "' must be " + expected);
    }
}
