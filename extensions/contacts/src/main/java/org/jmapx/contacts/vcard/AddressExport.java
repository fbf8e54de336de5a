package org.jmapx.contacts.vcard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Address -> ADR (RFC 9555 section 2.5.1, RFC 9554 section 2.1): the RFC 9554 components, plus the
 * extended and street address components filled for vCard readers that predate them.
 */
final class AddressExport {
    private static final Set<String> OLD_FORMAT_KINDS = Set.of("postOfficeBox", "apartment", "name", "locality", "region", "postcode", "country");
    private final CardExport export;

    AddressExport(CardExport export) {
        this.export = export;
    }

    void export(String id, ObjectNode address) {
        List<List<String>> values = new ArrayList<>();
        for (int i = 0; i < StructuredComponents.ADR_KINDS.length; i++) {
            values.add(new ArrayList<>());
        }
        boolean representable = fill(address, values);
        List<List<String>> written = new ArrayList<>();
        values.forEach(list -> written.add(list.isEmpty() ? List.of("") : list));
        if (representable) {
            ObjectNode check = address.objectNode();
            StructuredComponents.fill(check, written, null, true);
            JsonNode components = address.get("components");
            if (components == null ? !check.has("components") : components.equals(check.get("components"))) {
                address.remove(List.of("components", "isOrdered"));
            }
        }
        Map<String, List<String>> params = CardExport.params();
        params.put("PROP-ID", List.of(id));
        param(address, "full", "LABEL", params);
        param(address, "coordinates", "GEO", params);
        param(address, "timeZone", "TZ", params);
        param(address, "countryCode", "CC", params);
        String group = export.entryParams(address, params, new ArrayList<>(), Set.of("billing", "delivery"));
        export.add(new VCardLine(group, "ADR", params, VCardText.writeStructured(written)));
    }

    private static void param(ObjectNode address, String field, String param, Map<String, List<String>> params) {
        String value = CardExport.take(address, field);
        if (value != null) {
            params.put(param, List.of(value));
        }
    }

    /** @return false when a component has no ADR slot (separator, phonetic, unknown kind) */
    private static boolean fill(ObjectNode address, List<List<String>> values) {
        JsonNode components = address.get("components");
        if (components == null) {
            return true;
        }
        boolean oldFormat = true;
        for (JsonNode component : components) {
            oldFormat &= OLD_FORMAT_KINDS.contains(component.path("kind").asText());
        }
        List<String> street = new ArrayList<>();
        List<String> extended = new ArrayList<>();
        boolean representable = !address.path("isOrdered").asBoolean(false);
        for (JsonNode component : components) {
            String kind = component.path("kind").asText();
            if (component.size() != 2 || !component.path("value").isTextual()) {
                return false;
            }
            String value = component.get("value").asText();
            int index = slot(kind, oldFormat);
            if (index < 0) {
                return false;
            }
            values.get(index).add(value);
            if (!oldFormat && Set.of(10, 11, 13, 14, 15, 16, 17).contains(index)) {
                street.add(value);
            } else if (!oldFormat && Set.of(7, 8, 9, 12).contains(index)) {
                extended.add(value);
            }
        }
        if (!street.isEmpty()) {
            values.set(2, List.of(String.join(" ", street)));
        }
        if (!extended.isEmpty()) {
            values.set(1, List.of(String.join(" ", extended)));
        }
        return representable;
    }

    private static int slot(String kind, boolean oldFormat) {
        if (oldFormat) {
            return switch (kind) {
                case "apartment" -> 1;
                case "name" -> 2;
                default -> List.of(StructuredComponents.ADR_KINDS).indexOf(kind);
            };
        }
        return switch (kind) {
            case "apartment" -> 8;
            case "name" -> 11;
            default -> List.of(StructuredComponents.ADR_KINDS).indexOf(kind);
        };
    }
}
