package org.jmapx.engine.query;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The string collations of RFC 4790 a server can offer for sorting (RFC 8620 5.5): i;unicode-casemap
 * (RFC 5051, the default), i;ascii-casemap and i;octet.
 *
 * <p>The default is i;unicode-casemap because RFC 8620 5.5 says the default MUST be unicode-aware and SHOULD
 * be case-insensitive: i;ascii-casemap folds only A-Z, so "É" and "é" would not compare equal.
 */
public final class Collations {
    public static final String ASCII_CASEMAP = "i;ascii-casemap";
    public static final String OCTET = "i;octet";
    public static final String UNICODE_CASEMAP = "i;unicode-casemap";
    public static final String DEFAULT = UNICODE_CASEMAP;

    /** UTF-8 octet order is code point order, which UTF-16 String.compareTo is not above U+FFFF. */
    private static final Comparator<String> CODE_POINTS = Collations::compareCodePoints;

    private Collations() {
    }

    /** The comparator of a collation, null meaning the default; empty when the collation is unknown. */
    public static Optional<Comparator<String>> forName(String collation) {
        String name = collation == null ? DEFAULT : collation;
        return switch (name) {
            case UNICODE_CASEMAP -> Optional.of(Comparator.comparing(Collations::unicodeCasemap, CODE_POINTS));
            case ASCII_CASEMAP -> Optional.of(Comparator.comparing(Collations::asciiLowerCase, CODE_POINTS));
            case OCTET -> Optional.of(CODE_POINTS);
            default -> Optional.empty();
        };
    }

    /**
     * The key of a value under a collation: two values compare under the collation as their keys compare
     * in {@link #codePointOrder()}. Lets an index compute keys once per record instead of per comparison.
     * Empty when the collation is unknown.
     */
    public static Optional<Function<String, String>> sortKey(String collation) {
        String name = collation == null ? DEFAULT : collation;
        return switch (name) {
            case UNICODE_CASEMAP -> Optional.of(Collations::unicodeCasemap);
            case ASCII_CASEMAP -> Optional.of(Collations::asciiLowerCase);
            case OCTET -> Optional.of(Function.identity());
            default -> Optional.empty();
        };
    }

    /** The order of collation keys: code points, as UTF-8 octets compare. */
    public static Comparator<String> codePointOrder() {
        return CODE_POINTS;
    }

    /** RFC 5051: each character to its titlecase, then NFKD; the result compares as octets. */
    private static String unicodeCasemap(String value) {
        StringBuilder titlecased = new StringBuilder(value.length());
        value.codePoints().forEach(c -> titlecased.appendCodePoint(Character.toTitleCase(c)));
        return Normalizer.normalize(titlecased, Normalizer.Form.NFKD);
    }

    private static String asciiLowerCase(String value) {
        StringBuilder lower = new StringBuilder(value.length());
        value.chars().forEach(c -> lower.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)));
        return lower.toString();
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
