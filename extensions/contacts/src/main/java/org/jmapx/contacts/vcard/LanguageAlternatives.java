package org.jmapx.contacts.vcard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ALTID and LANGUAGE (RFC 9555 sections 2.3.1 and 2.3.13): decides the Card's language and, for each
 * ALTID set, which line converts to the property itself; the other lines become localizations.
 */
final class LanguageAlternatives {
    private final String language;
    private final Map<VCardLine, VCardLine> mainOf = new IdentityHashMap<>();

    LanguageAlternatives(List<VCardLine> lines) {
        this.language = chooseLanguage(lines);
        Map<String, List<VCardLine>> sets = new LinkedHashMap<>();
        for (VCardLine line : lines) {
            String altId = line.param("ALTID");
            if (altId != null) {
                sets.computeIfAbsent(line.name() + "\u0000" + altId, key -> new ArrayList<>()).add(line);
            }
        }
        for (List<VCardLine> set : sets.values()) {
            if (set.size() < 2) {
                continue;
            }
            VCardLine main = chooseMain(set);
            for (VCardLine line : set) {
                if (line != main) {
                    mainOf.put(line, main);
                }
            }
        }
    }

    /** The Card's language: the LANGUAGE property, else the most used LANGUAGE parameter outside ALTID sets. */
    String language() {
        return language;
    }

    boolean isAlternative(VCardLine line) {
        return mainOf.containsKey(line);
    }

    Map<VCardLine, VCardLine> alternatives() {
        return mainOf;
    }

    static String normalize(String tag) {
        return Locale.forLanguageTag(tag).toLanguageTag();
    }

    private VCardLine chooseMain(List<VCardLine> set) {
        for (VCardLine line : set) {
            String lang = line.param("LANGUAGE");
            if (lang != null && language != null && normalize(lang).equalsIgnoreCase(language)) {
                return line;
            }
        }
        for (VCardLine line : set) {
            if (line.param("LANGUAGE") == null) {
                return line;
            }
        }
        return set.get(0);
    }

    private static String chooseLanguage(List<VCardLine> lines) {
        for (VCardLine line : lines) {
            if (line.name().equals("LANGUAGE") && !line.value().isBlank()) {
                return normalize(line.value().trim());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (VCardLine line : lines) {
            String lang = line.param("LANGUAGE");
            if (lang != null && line.param("ALTID") == null) {
                counts.merge(normalize(lang), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
