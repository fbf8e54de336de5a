package org.jmapx.contacts.vcard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Card name -> FN and N (RFC 9555 sections 2.4.4, 2.4.6 and 3.1). FN is mandatory in vCard 4.0. */
final class NameExport {
    private final CardExport export;

    NameExport(CardExport export) {
        this.export = export;
    }

    void export() {
        ObjectNode name = export.rest().get("name") instanceof ObjectNode node ? node : null;
        String full = name == null ? null : CardExport.take(name, "full");
        if (full != null) {
            export.add(new VCardLine(null, "FN", Map.of(), VCardText.escape(full)));
        } else {
            String derived = name == null ? "" : derive(name);
            export.add(new VCardLine(null, "FN", derived.isEmpty() ? Map.of() : Map.of("DERIVED", List.of("TRUE")),
                VCardText.escape(derived)));
        }
        if (name != null && name.get("components") != null) {
            components(name);
        }
    }

    private static String derive(ObjectNode name) {
        List<String> values = new ArrayList<>();
        for (JsonNode component : name.path("components")) {
            if (!"separator".equals(component.path("kind").asText())) {
                values.add(component.path("value").asText());
            }
        }
        return String.join(" ", values).trim();
    }

    private void components(ObjectNode name) {
        List<List<String>> values = new ArrayList<>();
        for (int i = 0; i < StructuredComponents.N_KINDS.length; i++) {
            values.add(new ArrayList<>());
        }
        for (JsonNode component : name.get("components")) {
            int index = List.of(StructuredComponents.N_KINDS).indexOf(component.path("kind").asText());
            if (index < 0 || component.size() != 2 || !component.path("value").isTextual()) {
                return; // separators, phonetics, unknown kinds: the components go to JSPROP
            }
            String value = component.get("value").asText();
            values.get(index).add(value);
            // RFC 9555 table 1: vCard 3.0 readers find surname2 and generation in the older components too
            if (index == 5) {
                values.get(0).add(value);
            } else if (index == 6) {
                values.get(4).add(value);
            }
        }
        List<List<String>> written = new ArrayList<>();
        values.forEach(list -> written.add(list.isEmpty() ? List.of("") : list));
        ObjectNode check = name.objectNode();
        StructuredComponents.fill(check, written, null, false);
        boolean exact = check.get("components") != null && check.get("components").equals(name.get("components"))
            && !name.path("isOrdered").asBoolean(false);
        java.util.LinkedHashMap<String, List<String>> params = new java.util.LinkedHashMap<>();
        if (name.get("sortAs") instanceof ObjectNode sortAs) {
            List<String> parts = new ArrayList<>();
            for (String kind : StructuredComponents.N_KINDS) {
                parts.add(sortAs.path(kind).asText(""));
            }
            while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
                parts.remove(parts.size() - 1);
            }
            params.put("SORT-AS", List.of(String.join(",", parts)));
            name.remove("sortAs");
        }
        if (exact) {
            name.remove(List.of("components", "isOrdered"));
        }
        String group = export.entryParams(name, params, new ArrayList<>(), Set.of());
        export.add(new VCardLine(group, "N", params, VCardText.writeStructured(written)));
    }
}
