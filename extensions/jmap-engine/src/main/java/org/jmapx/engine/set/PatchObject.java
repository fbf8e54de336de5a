package org.jmapx.engine.set;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.type.PropertyRule;
import org.jmapx.engine.type.PropertySchema;

/**
 * The PatchObject of RFC 8620 5.3: keys are JSON Pointers (RFC 6901) with an implicit leading "/".
 * A whole object is also a valid patch.
 */
public final class PatchObject {
    private final Map<List<String>, JsonNode> patches;

    private PatchObject(Map<List<String>, JsonNode> patches) {
        this.patches = patches;
    }

    public static PatchObject parse(ObjectNode patch) throws InvalidPatchException {
        Map<List<String>, JsonNode> patches = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            patches.put(pointer(field.getKey()), field.getValue());
        }
        rejectPrefixes(patches.keySet());
        return new PatchObject(patches);
    }

    /** The top-level properties the patch touches. */
    public Set<String> topLevelProperties() {
        Set<String> names = new LinkedHashSet<>();
        patches.keySet().forEach(path -> names.add(path.get(0)));
        return names;
    }

    /** A patched copy of {@code object}; a null value restores a top-level property's default. */
    public ObjectNode applyTo(ObjectNode object, PropertySchema schema) throws InvalidPatchException {
        ObjectNode patched = object.deepCopy();
        for (Map.Entry<List<String>, JsonNode> patch : patches.entrySet()) {
            apply(patched, patch.getKey(), patch.getValue(), schema);
        }
        return patched;
    }

    private static void apply(ObjectNode root, List<String> path, JsonNode value, PropertySchema schema)
        throws InvalidPatchException {
        ObjectNode parent = parentOf(root, path);
        String last = path.get(path.size() - 1);
        if (!value.isNull()) {
            parent.set(last, value.deepCopy());
            return;
        }
        Optional<JsonNode> defaultValue = path.size() == 1
            ? schema.rule(last).flatMap(PropertyRule::defaultValue)
            : Optional.empty();
        if (defaultValue.isPresent()) {
            parent.set(last, defaultValue.get().deepCopy());
        } else {
            parent.remove(last);
        }
    }

    private static ObjectNode parentOf(ObjectNode root, List<String> path) throws InvalidPatchException {
        JsonNode current = root;
        for (String token : path.subList(0, path.size() - 1)) {
            JsonNode next = current.get(token);
            if (next == null || next.isNull()) {
                throw new InvalidPatchException("'" + String.join("/", path) + "' goes through a missing property");
            }
            if (!next.isObject()) {
                throw new InvalidPatchException("'" + String.join("/", path) + "' goes through a non-object value");
            }
            current = next;
        }
        return (ObjectNode) current;
    }

    private static List<String> pointer(String key) throws InvalidPatchException {
        if (key.isEmpty()) {
            throw new InvalidPatchException("An empty path patches nothing");
        }
        List<String> tokens = new ArrayList<>();
        for (String token : key.split("/", -1)) {
            tokens.add(unescape(token, key));
        }
        return List.copyOf(tokens);
    }

    private static String unescape(String token, String key) throws InvalidPatchException {
        StringBuilder unescaped = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c != '~') {
                unescaped.append(c);
                continue;
            }
            char next = i + 1 < token.length() ? token.charAt(++i) : ' ';
            if (next == '0') {
                unescaped.append('~');
            } else if (next == '1') {
                unescaped.append('/');
            } else {
                throw new InvalidPatchException("'" + key + "' holds a '~' that is neither ~0 nor ~1");
            }
        }
        return unescaped.toString();
    }

    private static void rejectPrefixes(Set<List<String>> paths) throws InvalidPatchException {
        for (List<String> path : paths) {
            for (List<String> other : paths) {
                if (other.size() < path.size() && path.subList(0, other.size()).equals(other)) {
                    throw new InvalidPatchException("'" + String.join("/", other) + "' is a prefix of '"
                        + String.join("/", path) + "'");
                }
            }
        }
    }
}
