package org.jmapx.contacts.card;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form text is searched in: accents stripped (NFD, then combining marks removed), lower-cased,
 * whitespace collapsed. RFC 9610 3.3.1 asks for case-insensitive matching; stripping accents too makes
 * "Zoe" find "Zoë", which is what users of an address book expect.
 */
public final class SearchText {
    /** Separates the values of one field, so that no token or phrase matches across two values. */
    static final char VALUE_SEPARATOR = '\u0000';

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String normalize(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
