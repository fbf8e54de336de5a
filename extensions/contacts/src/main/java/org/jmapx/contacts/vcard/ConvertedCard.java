package org.jmapx.contacts.vcard;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One vCard as a JSContact Card, with what the lenient import did to keep it (empty values left
 * out, a missing VERSION assumed, properties kept in vCardProps): reported per card, never fatal.
 */
public record ConvertedCard(ObjectNode card, List<String> warnings) {
    public ConvertedCard {
        warnings = List.copyOf(warnings);
    }
}
