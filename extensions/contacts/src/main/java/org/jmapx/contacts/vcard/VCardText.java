package org.jmapx.contacts.vcard;

import java.util.ArrayList;
import java.util.List;

import com.github.mangstadt.vinnie.io.VObjectPropertyValues;

/** vCard value escaping and structured-value splitting (RFC 6350 section 3.4), shared by both directions. */
final class VCardText {
    private VCardText() {
    }

    /** Also turns CRLF into LF: quoted-printable vCard 2.1 values carry raw CRLF line breaks. */
    static String unescape(String raw) {
        return VObjectPropertyValues.unescape(raw).replace("\r\n", "\n");
    }

    static String escape(String text) {
        return newlines(VObjectPropertyValues.escape(text));
    }

    /** A vCard 4.0 line cannot hold a raw line break (RFC 6350 section 3.4). */
    private static String newlines(String escaped) {
        return escaped.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Components split on unescaped ';', each split on unescaped ',' and unescaped. */
    static List<List<String>> structured(String raw) {
        return VObjectPropertyValues.parseStructured(raw);
    }

    static List<String> list(String raw) {
        return VObjectPropertyValues.parseList(raw);
    }

    static String writeStructured(List<List<String>> components) {
        return newlines(VObjectPropertyValues.writeStructured(components, true));
    }

    static String writeList(List<String> values) {
        return newlines(VObjectPropertyValues.writeList(values));
    }

    /** Component {@code index} of a structured value, or an empty list when the value is shorter. */
    static List<String> component(List<List<String>> components, int index) {
        if (index >= components.size()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String value : components.get(index)) {
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }
}
