package org.jmapx.contacts.jscontact;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.type.PropertyProblem;

/** JSContact (RFC 9553) Cards as this server accepts them. */
public final class JSContact {
    public static final String CARD_TYPE = "Card";
    /** The only IANA-registered JSContact version (RFC 9553 2.1.2, 3.1). */
    public static final String VERSION = "1.0";

    private JSContact() {
    }

    /**
     * Every problem of the card, each with the path of its property. "@type", "version" and "uid" may be
     * absent (the caller fills them with {@link #fillMandatory}), but never wrong.
     */
    public static List<PropertyProblem> validate(ObjectNode card) {
        Problems problems = new Problems();
        CardShapes.CARD.checkProperties(card, "", problems);
        return problems.list();
    }

    /** Fills the mandatory metadata real clients leave out: "@type", "version" and a generated "uid". */
    public static void fillMandatory(ObjectNode card) {
        if (!card.has("@type")) {
            card.put("@type", CARD_TYPE);
        }
        if (!card.has("version")) {
            card.put("version", VERSION);
        }
        if (!card.has("uid")) {
            card.put("uid", "urn:uuid:" + UUID.randomUUID());
        }
    }
}
