package org.jmapx.contacts.vcard;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The per-card report of a vCard import. */
public record ImportReport(List<CardOutcome> cards) {
    public long created() {
        return cards.stream().filter(card -> card.status().equals(CardOutcome.CREATED)).count();
    }

    public long skipped() {
        return cards.size() - created();
    }

    /** Cards imported or skipped whose report carries warnings (what the lenient import did to keep them). */
    public long withWarnings() {
        return cards.stream().filter(card -> !card.warnings().isEmpty()).count();
    }

    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("created", created());
        json.put("skipped", skipped());
        json.put("withWarnings", withWarnings());
        ArrayNode array = json.putArray("cards");
        cards.forEach(card -> array.add(card.toJson()));
        return json;
    }
}
