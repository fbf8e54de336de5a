package org.jmapx.binding.mail;

import java.util.Locale;

/**
 * RFC 8621 4.1.1 keywords as James 3.8.1 can store them. James accepts only letters, digits,
 * {@code $ _ -} in a keyword, where the RFC allows every character from 0x21 to 0x7e but
 * {@code ( ) { ] % * " \}: webmail colour tags such as {@code $label:red} were refused. A keyword
 * outside James's alphabet is stored as {@code _x_} followed by the keyword with each other
 * character written {@code _hh} (its hex code, {@code _} itself included), e.g.
 * {@code _x_$label_3ared}; a keyword that starts with {@code _x_} is written that way too, so that
 * every stored form reads back as the keyword it came from. Keywords are case-insensitive and kept
 * lowercase, as James does. What is not an RFC keyword is left as given, for James to refuse.
 */
final class StoredKeywords {
    static final String PREFIX = "_x_";
    private static final String FORBIDDEN = "(){]%*\"\\";
    private static final int MAX_LENGTH = 255;

    private StoredKeywords() {
    }

    /** The form James stores for {@code keyword}. */
    static String stored(String keyword) {
        String lowercase = keyword.toLowerCase(Locale.US);
        if (!isRfcKeyword(lowercase) || (jamesAccepts(lowercase) && !lowercase.startsWith(PREFIX))) {
            return keyword;
        }
        StringBuilder stored = new StringBuilder(PREFIX);
        for (char c : lowercase.toCharArray()) {
            if (isPlain(c)) {
                stored.append(c);
            } else {
                stored.append('_').append(String.format("%02x", (int) c));
            }
        }
        return stored.toString();
    }

    /** The keyword a stored form stands for: itself unless it is one {@link #stored} wrote. */
    static String keyword(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        StringBuilder keyword = new StringBuilder();
        String body = stored.substring(PREFIX.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '_') {
                keyword.append(c);
                continue;
            }
            int code = hex(body, i + 1);
            if (code < 0) {
                return stored;
            }
            keyword.append((char) code);
            i += 2;
        }
        return keyword.toString();
    }

    private static int hex(String text, int from) {
        if (from + 2 > text.length()) {
            return -1;
        }
        try {
            return Integer.parseInt(text.substring(from, from + 2), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isRfcKeyword(String keyword) {
        return !keyword.isEmpty() && keyword.length() <= MAX_LENGTH
            && keyword.chars().allMatch(c -> c >= 0x21 && c <= 0x7e && FORBIDDEN.indexOf(c) < 0);
    }

    private static boolean jamesAccepts(String keyword) {
        return keyword.chars().allMatch(c -> isPlain((char) c) || c == '_');
    }

    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '$' || c == '-';
    }
}
