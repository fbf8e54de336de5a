package org.jmapx.contacts.card;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
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

    // Letters that Unicode does not decompose into a base letter and a mark, so NFKD keeps them
    // whole: without this, "lukasz" would not find "Łukasz" nor "soren" find "Søren".
    private static final Map<Character, String> UNDECOMPOSABLE = Map.ofEntries(
        Map.entry('ł', "l"), Map.entry('ø', "o"), Map.entry('đ', "d"), Map.entry('ħ', "h"),
        Map.entry('ı', "i"), Map.entry('ŧ', "t"), Map.entry('ß', "ss"), Map.entry('æ', "ae"),
        Map.entry('œ', "oe"), Map.entry('þ', "th"), Map.entry('ð', "d"));

    private SearchText() {
    }

    public static String normalize(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(foldUndecomposable(stripped)).replaceAll(" ").trim();
    }

    private static String foldUndecomposable(String lowerCase) {
        StringBuilder folded = null;
        for (int i = 0; i < lowerCase.length(); i++) {
            String replacement = UNDECOMPOSABLE.get(lowerCase.charAt(i));
            if (replacement != null && folded == null) {
                folded = new StringBuilder(lowerCase.length() + 4).append(lowerCase, 0, i);
            }
            if (folded != null && replacement != null) {
                folded.append(replacement);
            } else if (folded != null) {
                folded.append(lowerCase.charAt(i));
            }
        }
        return folded == null ? lowerCase : folded.toString();
    }
}
