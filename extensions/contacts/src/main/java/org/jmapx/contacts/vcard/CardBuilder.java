package org.jmapx.contacts.vcard;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Card being built from one vCard: creates Id-keyed entries (PROP-ID wins, else PREFIX-n as in
 * RFC 9555's examples) and remembers which entry each vCard line became, for groups and ALTIDs.
 */
final class CardBuilder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode card = JSON.objectNode();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<VCardLine, String> pointers = new IdentityHashMap<>();

    ObjectNode card() {
        return card;
    }

    /** A new entry of the Id-keyed map {@code collection}, registered as what {@code line} converts to. */
    ObjectNode entry(VCardLine line, String collection, String prefix) {
        ObjectNode map = object(card, collection);
        String id = line.param("PROP-ID");
        line.params().remove("PROP-ID");
        if (id == null || map.has(id)) {
            do {
                id = prefix + "-" + counters.merge(prefix, 1, Integer::sum);
            } while (map.has(id));
        }
        ObjectNode entry = map.putObject(id);
        pointers.put(line, collection + "/" + id);
        return entry;
    }

    void registerPointer(VCardLine line, String pointer) {
        pointers.put(line, pointer);
    }

    /** "collection/id" (or "name") of what the line converted to, or null. */
    String pointer(VCardLine line) {
        return pointers.get(line);
    }

    /** Every line that converted to something, with its pointer. */
    Map<VCardLine, String> pointers() {
        return pointers;
    }

    ObjectNode byPointer(String pointer) {
        ObjectNode node = card;
        for (String token : pointer.split("/")) {
            node = (ObjectNode) node.get(token);
        }
        return node;
    }

    ObjectNode name() {
        return object(card, "name");
    }

    ArrayNode vCardProps() {
        return card.has("vCardProps") ? (ArrayNode) card.get("vCardProps") : card.putArray("vCardProps");
    }

    static ObjectNode object(ObjectNode parent, String field) {
        return parent.has(field) ? (ObjectNode) parent.get(field) : parent.putObject(field);
    }
}
