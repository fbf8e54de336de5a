package org.jmapx.engine.access;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rights vocabulary of a shared container type (the keys of its "myRights" and "shareWith" values,
 * such as RFC 9610's mayRead, mayWrite, mayShare, mayDelete) and which key each operation the engine
 * enforces needs. Keys no operation needs (calendars' mayReadFreeBusy, mayRSVP...) are still part of the
 * vocabulary: they are validated, shared, reported in myRights, and left to the type's own rules.
 */
public final class RightsModel {
    private final List<String> keys;
    private final Map<Operation, String> needs;
    private final Set<String> unseen;

    private RightsModel(List<String> keys, Map<Operation, String> needs, Set<String> unseen) {
        this.keys = List.copyOf(keys);
        this.needs = Map.copyOf(needs);
        this.unseen = Set.copyOf(unseen);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<String> keys() {
        return keys;
    }

    public boolean isKey(String key) {
        return keys.contains(key);
    }

    public String keyFor(Operation operation) {
        return needs.get(operation);
    }

    /** Whether {@code rights} (a rights object, missing keys false) allow the operation. */
    public boolean allows(JsonNode rights, Operation operation) {
        return rights != null && rights.path(needs.get(operation)).asBoolean(false);
    }

    public boolean grantsAnything(JsonNode rights) {
        return rights != null && keys.stream().anyMatch(key -> rights.path(key).asBoolean(false));
    }

    /**
     * Whether the rights let the holder see the container at all: some right other than those that are
     * only used elsewhere (a calendar shared with mayReadFreeBusy alone "MUST behave as though it did not
     * exist" in Calendar/get).
     */
    public boolean showsContainer(JsonNode rights) {
        return rights != null && keys.stream().filter(key -> !unseen.contains(key))
            .anyMatch(key -> rights.path(key).asBoolean(false));
    }

    /** Every key set to {@code value}. */
    public ObjectNode uniform(boolean value) {
        ObjectNode rights = JsonNodeFactory.instance.objectNode();
        keys.forEach(key -> rights.put(key, value));
        return rights;
    }

    /** A complete rights object from a possibly partial one: every key, missing ones false. */
    public ObjectNode complete(JsonNode partial) {
        ObjectNode rights = JsonNodeFactory.instance.objectNode();
        keys.forEach(key -> rights.put(key, partial != null && partial.path(key).asBoolean(false)));
        return rights;
    }

    /** The operations of the JMAP methods that the engine checks against a container's rights. */
    public enum Operation {
        /** /get, /query, /changes of the items of the container. */
        READ_ITEMS,
        /** Creating, modifying or destroying items of the container, moving them in or out of it. */
        WRITE_ITEMS,
        /** Changing the container's own properties, except per-user ones and shareWith. */
        MODIFY_CONTAINER,
        DELETE_CONTAINER,
        /** Changing the container's shareWith. */
        SHARE
    }

    public static final class Builder {
        private final List<String> keys = new ArrayList<>();
        private final Map<Operation, String> needs = new EnumMap<>(Operation.class);
        private final Set<String> unseen = new HashSet<>();

        private Builder() {
        }

        /** A key that, held alone, does not show the container to its holder (calendars' mayReadFreeBusy). */
        public Builder unseenRight(String key) {
            keys.add(key);
            unseen.add(key);
            return this;
        }

        /** A key of the vocabulary, needed by the given operations. */
        public Builder right(String key, Operation... operations) {
            keys.add(key);
            for (Operation operation : operations) {
                needs.put(operation, key);
            }
            return this;
        }

        public RightsModel build() {
            for (Operation operation : Operation.values()) {
                if (!needs.containsKey(operation)) {
                    throw new IllegalStateException("No right is given for " + operation);
                }
            }
            return new RightsModel(keys, needs, unseen);
        }
    }
}
