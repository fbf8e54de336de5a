package org.jmapx.contacts.vcard;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What became of one card of an imported file.
 *
 * @param index 0-based position of the card in the file
 * @param line  line of its BEGIN:VCARD
 * @param uid   the card's uid (generated from the content when the vCard has no UID), or null when unreadable
 * @param id    the ContactCard id: the created one, or the existing one for a skipped duplicate
 * @param reason why the card was skipped, null when created
 * @param warnings what the lenient import assumed, left out or kept in vCardProps to keep the card
 */
public record CardOutcome(int index, int line, String uid, String status, String id, String reason, List<String> warnings) {
    public static final String CREATED = "created";
    public static final String SKIPPED = "skipped";

    public CardOutcome {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("index", index);
        json.put("line", line);
        json.put("status", status);
        if (uid != null) {
            json.put("uid", uid);
        }
        if (id != null) {
            json.put("id", id);
        }
        if (reason != null) {
            json.put("reason", reason);
        }
        if (!warnings.isEmpty()) {
            ArrayNode array = json.putArray("warnings");
            warnings.forEach(array::add);
        }
        return json;
    }
}
