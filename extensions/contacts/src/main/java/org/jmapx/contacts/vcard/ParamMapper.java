package org.jmapx.contacts.vcard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The vCard parameters every converted entry shares (RFC 9555 section 2.3): PREF, TYPE=home/work,
 * INDEX, MEDIATYPE, LABEL; parameters left over go verbatim to vCardParams (section 2.15.2), so
 * the export writes them back.
 */
final class ParamMapper {
    /** Parameters that RFC 9555 consumes without a JSContact property (VALUE, ALTID, DERIVED) or that the converter already used. */
    private static final Set<String> DROPPED = Set.of("VALUE", "ALTID", "DERIVED");

    private ParamMapper() {
    }

    /** Removes and returns the lower-case TYPE values of the line. */
    static List<String> takeTypes(VCardLine line) {
        List<String> types = new ArrayList<>();
        List<String> raw = line.params().remove("TYPE");
        if (raw != null) {
            for (String value : raw) {
                for (String type : value.split(",")) {
                    if (!type.isBlank()) {
                        types.add(type.trim().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return types;
    }

    /** Maps the shared parameters onto {@code entry}; {@code types} are the TYPE values not consumed by the property. */
    static void finish(VCardLine line, ObjectNode entry, List<String> types, boolean keepGroup) {
        String pref = remove(line, "PREF");
        if (pref != null && pref.matches("\\d{1,3}")) {
            entry.put("pref", Integer.parseInt(pref));
        }
        String index = remove(line, "INDEX");
        if (index != null && index.matches("\\d{1,9}")) {
            entry.put("listAs", Integer.parseInt(index));
        }
        String mediaType = remove(line, "MEDIATYPE");
        if (mediaType != null) {
            entry.put("mediaType", mediaType);
        }
        List<String> leftoverTypes = new ArrayList<>();
        for (String type : types) {
            switch (type) {
                case "home" -> CardBuilder.object(entry, "contexts").put("private", true);
                case "work" -> CardBuilder.object(entry, "contexts").put("work", true);
                case "pref" -> entry.put("pref", 1); // vCard 2.1 and 3.0 way of saying PREF=1
                default -> leftoverTypes.add(type);
            }
        }
        ObjectNode vCardParams = entry.objectNode();
        if (keepGroup && line.group() != null) {
            vCardParams.put("group", line.group());
        }
        if (!leftoverTypes.isEmpty()) {
            putParam(vCardParams, "type", leftoverTypes);
        }
        for (Map.Entry<String, List<String>> param : line.params().entrySet()) {
            if (!DROPPED.contains(param.getKey())) {
                putParam(vCardParams, param.getKey().toLowerCase(Locale.ROOT), param.getValue());
            }
        }
        if (!vCardParams.isEmpty()) {
            entry.set("vCardParams", vCardParams);
        }
    }

    /** jCard parameters: one value as a string, several as an array (RFC 7095 section 3.4). */
    static void putParam(ObjectNode params, String name, List<String> values) {
        if (values.size() == 1) {
            params.put(name, values.get(0));
        } else {
            ArrayNode array = params.putArray(name);
            values.forEach(array::add);
        }
    }

    static String remove(VCardLine line, String name) {
        List<String> values = line.params().remove(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
