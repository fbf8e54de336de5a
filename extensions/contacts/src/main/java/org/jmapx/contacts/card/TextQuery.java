package org.jmapx.contacts.card;

import java.util.ArrayList;
import java.util.List;

/**
 * A String FilterCondition value as RFC 9610 3.3.1 reads it: whitespace separates tokens that must
 * all be present; text in single or double quotes is one phrase (\", \' and \\ escape a quote or a
 * backslash). Tokens and phrases match anywhere in the field (substring), case- and accent-insensitively.
 */
public final class TextQuery {
    private final List<String> terms;

    private TextQuery(List<String> terms) {
        this.terms = terms;
    }

    public static TextQuery parse(String query) {
        List<String> terms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\' && i + 1 < query.length() && "\"'\\".indexOf(query.charAt(i + 1)) >= 0) {
                current.append(query.charAt(++i));
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                flush(current, terms);
                quote = c;
            } else if (quote != 0 && c == quote) {
                flush(current, terms);
                quote = 0;
            } else if (quote == 0 && Character.isWhitespace(c)) {
                flush(current, terms);
            } else {
                current.append(c);
            }
        }
        flush(current, terms);
        return new TextQuery(List.copyOf(terms));
    }

    /** Whether every term occurs in {@code searchText} (already {@link SearchText#normalize normalised}). */
    public boolean matches(String searchText) {
        for (String term : terms) {
            if (!searchText.contains(term)) {
                return false;
            }
        }
        return true;
    }

    List<String> terms() {
        return terms;
    }

    private static void flush(StringBuilder current, List<String> terms) {
        String term = SearchText.normalize(current.toString());
        if (!term.isEmpty()) {
            terms.add(term);
        }
        current.setLength(0);
    }
}
