package org.jmapx.contacts.vcard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One content line of a vCard as read from the file: group, upper-case name, parameters (upper-case
 * names, insertion order kept) and the value exactly as written (still escaped), because RFC 9555
 * maps the textual vCard and structured values must be split before they are unescaped.
 */
public final class VCardLine {
    private final String group;
    private final String name;
    private final Map<String, List<String>> params;
    private final String value;

    public VCardLine(String group, String name, Map<String, List<String>> params, String value) {
        this.group = group == null || group.isEmpty() ? null : group;
        this.name = name.toUpperCase(Locale.ROOT);
        this.params = new LinkedHashMap<>();
        params.forEach((key, values) -> this.params.put(key.toUpperCase(Locale.ROOT), new ArrayList<>(values)));
        this.value = value == null ? "" : value;
    }

    public String group() {
        return group;
    }

    public String name() {
        return name;
    }

    /** Mutable on purpose: converters remove the parameters they map, what remains goes to vCardParams. */
    public Map<String, List<String>> params() {
        return params;
    }

    public String value() {
        return value;
    }

    public String param(String paramName) {
        List<String> values = params.get(paramName);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public VCardLine copy() {
        return new VCardLine(group, name, params, value);
    }

    @Override
    public String toString() {
        return (group == null ? "" : group + ".") + name + params + ":" + value;
    }
}
