package org.jmapx.engine.query;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The string collations of RFC 4790 a server can offer for sorting (RFC 8620 5.5): i;ascii-casemap
 * (the default), i;octet and i;unicode-casemap.
 */
public final class Collations {
    public static final String ASCII_CASEMAP = "i;ascii-casemap";
    public static final String OCTET = "i;octet";
    public static final String UNICODE_CASEMAP = "i;unicode-casemap";

    private Collations() {
    }

    /** The comparator of a collation, null meaning the default; empty when the collation is unknown. */
    public static Optional<Comparator<String>> forName(String collation) {
        if (collation == null || collation.equals(ASCII_CASEMAP)) {
            return Optional.of(Comparator.comparing(Collations::asciiLowerCase));
        }
        if (collation.equals(OCTET)) {
            return Optional.of(Comparator.naturalOrder());
        }
        if (collation.equals(UNICODE_CASEMAP)) {
            Collator collator = Collator.getInstance(Locale.ROOT);
            collator.setStrength(Collator.SECONDARY);
            return Optional.of(collator::compare);
        }
        return Optional.empty();
    }

    private static String asciiLowerCase(String value) {
        StringBuilder lower = new StringBuilder(value.length());
        value.chars().forEach(c -> lower.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)));
        return lower.toString();
    }
}
