package org.jmapx.contacts.vcard;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The pictures, logos and sounds a vCard carried inline (data: URIs), the bulk of most large cards. */
final class InlineMedia {
    private InlineMedia() {
    }

    /** Removes every inline media entry of the card; false when it had none (nothing left to shrink). */
    static boolean strip(ObjectNode card) {
        if (!(card.get("media") instanceof ObjectNode media)) {
            return false;
        }
        List<String> inline = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = media.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().path("uri").asText().startsWith("data:")) {
                inline.add(entry.getKey());
            }
        }
        media.remove(inline);
        if (media.isEmpty()) {
            card.remove("media");
        }
        return !inline.isEmpty();
    }
}
