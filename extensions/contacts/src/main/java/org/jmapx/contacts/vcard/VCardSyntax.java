package org.jmapx.contacts.vcard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a vCard line may be named (RFC 6350 section 3.3: group, property and parameter names are
 * 1*(ALPHA / DIGIT / "-")), and the nearest writable form of a line that breaks it. Values and
 * parameter values need no such care: the writer escapes them (RFC 6350 3.4, RFC 6868).
 */
final class VCardSyntax {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern NOT_NAME = Pattern.compile("[^A-Za-z0-9-]+");
    /** Names a vCardProps entry may carry in jCard but that would break the vCard stream. */
    private static final java.util.Set<String> STRUCTURE = java.util.Set.of("BEGIN", "END", "VERSION");

    private VCardSyntax() {
    }

    static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Null when the line can be written as it is, else what is wrong with it. */
    static String problem(VCardLine line) {
        if (line.group() != null && !isName(line.group())) {
            return "group \"" + line.group() + "\" is not a vCard group name";
        }
        if (!isName(line.name())) {
            return "\"" + line.name() + "\" is not a vCard property name";
        }
        if (STRUCTURE.contains(line.name().toUpperCase(Locale.ROOT))) {
            return line.name() + " would open or close a vCard inside the card";
        }
        for (String param : line.params().keySet()) {
            if (!isName(param)) {
                return "parameter \"" + param + "\" of " + line.name() + " is not a vCard parameter name";
            }
        }
        return null;
    }

    /**
     * The line in a form vCard allows: a group prefix ("item1.x-foo" without group) split off into
     * the group, any other name escaped into an X- name, group names escaped the same way, and
     * parameters whose name cannot be written left out. Null when nothing writable is left.
     */
    static VCardLine repaired(VCardLine line) {
        String group = line.group();
        String name = line.name();
        int dot = name.lastIndexOf('.');
        if (group == null && dot > 0 && isName(name.substring(0, dot)) && isName(name.substring(dot + 1))) {
            group = name.substring(0, dot);
            name = name.substring(dot + 1);
        }
        if (!isName(name) || STRUCTURE.contains(name.toUpperCase(Locale.ROOT))) {
            String escaped = NOT_NAME.matcher(name).replaceAll("-").replaceAll("^-+|-+$", "");
            if (escaped.isEmpty()) {
                return null;
            }
            name = escaped.toUpperCase(Locale.ROOT).startsWith("X-") ? escaped : "X-" + escaped;
        }
        if (group != null && !isName(group)) {
            group = NOT_NAME.matcher(group).replaceAll("-").replaceAll("^-+|-+$", "");
            group = group.isEmpty() ? null : group;
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        line.params().forEach((param, values) -> {
            if (isName(param)) {
                params.put(param, values);
            }
        });
        return new VCardLine(group, name, params, line.value());
    }
}
