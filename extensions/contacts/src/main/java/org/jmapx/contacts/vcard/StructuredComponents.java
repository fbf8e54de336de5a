package org.jmapx.contacts.vcard;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * N and ADR structured values -> JSContact components (RFC 9555 sections 2.4.6 and 2.5.1, RFC 9554
 * section 2.1), including the JSCOMPS parameter (RFC 9555 section 3.3.1) that fixes their order.
 */
final class StructuredComponents {
    static final String[] N_KINDS = {"surname", "given", "given2", "title", "credential", "surname2", "generation"};
    static final String[] ADR_KINDS = {"postOfficeBox", "apartment", "name", "locality", "region", "postcode", "country",
        "room", "apartment", "floor", "number", "name", "building", "block", "subdistrict", "district", "landmark", "direction"};
    /** Order of ADR components in the new (RFC 9554) format: the street-level ones first, as RFC 9555's example. */
    private static final int[] ADR_NEW_ORDER = {0, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 3, 4, 5, 6};
    private static final int[] ADR_OLD_ORDER = {0, 1, 2, 3, 4, 5, 6};

    private StructuredComponents() {
    }

    /** Fills {@code target} (a Name or Address) with components, isOrdered and defaultSeparator. */
    static void fill(ObjectNode target, List<List<String>> values, String jscomps, boolean address) {
        String[] kinds = address ? ADR_KINDS : N_KINDS;
        ArrayNode components = target.arrayNode();
        if (jscomps != null && fillOrdered(target, components, values, jscomps, kinds)) {
            target.set("components", components);
            target.put("isOrdered", true);
            return;
        }
        for (int index : defaultOrder(values, address)) {
            for (String value : VCardText.component(values, index)) {
                if (!isDuplicate(values, index, value, address)) {
                    components.addObject().put("kind", kinds[index]).put("value", value);
                }
            }
        }
        if (!components.isEmpty()) {
            target.set("components", components);
        }
    }

    private static int[] defaultOrder(List<List<String>> values, boolean address) {
        if (!address) {
            return new int[] {0, 1, 2, 3, 4, 5, 6};
        }
        return isNewAddressFormat(values) ? ADR_NEW_ORDER : ADR_OLD_ORDER;
    }

    static boolean isNewAddressFormat(List<List<String>> values) {
        for (int i = 7; i < values.size(); i++) {
            if (!VCardText.component(values, i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Values kept in a component only for backwards compatibility are not converted twice. */
    private static boolean isDuplicate(List<List<String>> values, int index, String value, boolean address) {
        if (address) {
            return false; // the new-format order already skips extended and street address
        }
        return index == 0 && VCardText.component(values, 5).contains(value)
            || index == 4 && VCardText.component(values, 6).contains(value);
    }

    private static boolean fillOrdered(ObjectNode target, ArrayNode components, List<List<String>> values,
                                       String jscomps, String[] kinds) {
        List<String> entries = com.github.mangstadt.vinnie.io.VObjectPropertyValues.parseSemiStructured(jscomps);
        if (entries.isEmpty()) {
            return false;
        }
        String defaultSeparator = null;
        List<String[]> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            if (i == 0) {
                if (entry.startsWith("s,")) {
                    defaultSeparator = entry.substring(2);
                } else if (!entry.isEmpty()) {
                    return false;
                }
                continue;
            }
            if (entry.startsWith("s,")) {
                result.add(new String[] {"separator", entry.substring(2)});
                continue;
            }
            String[] position = entry.split(",");
            try {
                int component = Integer.parseInt(position[0]);
                int valueIndex = position.length > 1 ? Integer.parseInt(position[1]) : 0;
                if (component >= kinds.length || component >= values.size() || valueIndex >= values.get(component).size()) {
                    return false;
                }
                result.add(new String[] {kinds[component], values.get(component).get(valueIndex)});
            } catch (NumberFormatException e) {
                return false; // an invalid JSCOMPS means isOrdered false (RFC 9555 section 3.3.1)
            }
        }
        result.forEach(kindValue -> components.addObject().put("kind", kindValue[0]).put("value", kindValue[1]));
        if (defaultSeparator != null) {
            target.put("defaultSeparator", defaultSeparator);
        }
        return true;
    }
}
