package org.jmapx.binding.mail;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import javax.mail.Flags;

import org.apache.james.jmap.mail.Keyword$;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The keywords of an EmailImport as the flags to store (RFC 8621 4.8: optional, default {}).
 * A keyword follows RFC 8621 4.1.1 (1-255 characters of 0x21-0x7e, none of {@code ( ) { ] % * " \},
 * lowercased), must be one James can give back in Email/get (its alphabet is narrower: letters,
 * digits, {@code $ _ -}; a wider one would be stored and never shown), and may not be {@code $recent}
 * or {@code $deleted}, IMAP states with no JMAP meaning that James refuses too.
 */
final class ImportKeywords {
    private static final String FORBIDDEN = "(){]%*\"\\";
    private static final Map<String, Flags.Flag> SYSTEM_FLAGS = Map.of(
        "$draft", Flags.Flag.DRAFT,
        "$seen", Flags.Flag.SEEN,
        "$flagged", Flags.Flag.FLAGGED,
        "$answered", Flags.Flag.ANSWERED);

    private ImportKeywords() {
    }

    static Flags asFlags(JsonNode keywords) throws ImportRefusal {
        Flags flags = new Flags();
        if (keywords == null || keywords.isNull()) {
            return flags;
        }
        if (!keywords.isObject()) {
            throw ImportRefusal.invalidProperties("keywords must be an object of keyword to true", "keywords");
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = keywords.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!entry.getValue().isBoolean() || !entry.getValue().asBoolean()) {
                throw ImportRefusal.invalidProperties("the value of keyword '" + entry.getKey() + "' must be true", "keywords");
            }
            String keyword = checked(entry.getKey());
            Flags.Flag system = SYSTEM_FLAGS.get(keyword);
            if (system != null) {
                flags.add(system);
            } else {
                flags.add(keyword);
            }
        }
        return flags;
    }

    private static String checked(String keyword) throws ImportRefusal {
        if (!followsRfc8621(keyword)) {
            throw ImportRefusal.invalidProperties("'" + keyword + "' is not a keyword (RFC 8621 4.1.1: 1 to 255 characters"
                + " from 0x21 to 0x7e, none of ( ) { ] % * \" \\)", "keywords");
        }
        String lowercase = keyword.toLowerCase(Locale.US);
        if (lowercase.equals("$recent") || lowercase.equals("$deleted")) {
            throw ImportRefusal.invalidProperties("'" + keyword + "' cannot be set: $recent and $deleted are IMAP states, not"
                + " JMAP keywords", "keywords");
        }
        if (!Keyword$.MODULE$.isValid(keyword)) {
            throw ImportRefusal.invalidProperties("'" + keyword + "' is a keyword this server cannot store: only letters,"
                + " digits, '$', '_' and '-' are supported", "keywords");
        }
        return lowercase;
    }

    private static boolean followsRfc8621(String keyword) {
        if (keyword.isEmpty() || keyword.length() > 255) {
            return false;
        }
        return keyword.chars().allMatch(c -> c >= 0x21 && c <= 0x7e && FORBIDDEN.indexOf(c) < 0);
    }
}
