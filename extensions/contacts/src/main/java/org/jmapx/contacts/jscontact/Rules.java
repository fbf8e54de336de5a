package org.jmapx.contacts.jscontact;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** The value types of RFC 9553 1.4 and 1.5 as {@link ValueRule}s. */
public final class Rules {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    /** RFC 3339 date-time restricted by RFC 9553 1.4.5: upper case, "Z", no zero fraction, no trailing zero. */
    private static final Pattern UTC_DATE_TIME =
        Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d*[1-9])?Z");
    /** RFC 5646 shape (not the registry): letters, then subtags of letters and digits. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final long MAX_UNSIGNED_INT = 9007199254740991L;

    private Rules() {
    }

    public static ValueRule string() {
        return (value, path, problems) -> {
            if (!value.isTextual()) {
                problems.add(path, "must be a String");
            }
        };
    }

    public static ValueRule nonEmptyString() {
        return (value, path, problems) -> {
            if (!value.isTextual() || value.asText().isEmpty()) {
                problems.add(path, "must be a non-empty String");
            }
        };
    }

    /** A String from a fixed set (or vendor-specific, with a ':'), for enumerations that must not grow. */
    public static ValueRule oneOf(String... allowed) {
        java.util.Set<String> values = java.util.Set.of(allowed);
        return (value, path, problems) -> {
            if (!value.isTextual() || !(values.contains(value.asText()) || value.asText().contains(":"))) {
                problems.add(path, "must be one of " + String.join(", ", new java.util.TreeSet<>(values)));
            }
        };
    }

    public static ValueRule bool() {
        return (value, path, problems) -> {
            if (!value.isBoolean()) {
                problems.add(path, "must be a Boolean");
            }
        };
    }

    public static ValueRule id() {
        return (value, path, problems) -> {
            if (!value.isTextual() || !isId(value.asText())) {
                problems.add(path, "must be an Id (1 to 255 characters of A-Za-z0-9_-)");
            }
        };
    }

    public static ValueRule utcDateTime() {
        return (value, path, problems) -> {
            if (!value.isTextual() || !isUtcDateTime(value.asText())) {
                problems.add(path, "must be a UTCDateTime such as 2022-09-30T14:35:10Z");
            }
        };
    }

    public static ValueRule languageTag() {
        return (value, path, problems) -> {
            if (!value.isTextual() || !LANGUAGE_TAG.matcher(value.asText()).matches()) {
                problems.add(path, "must be a language tag (RFC 5646)");
            }
        };
    }

    public static ValueRule unsignedInt(long min, long max) {
        return (value, path, problems) -> {
            if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
                problems.add(path, "must be an integer in " + min + ".." + max);
            }
        };
    }

    public static ValueRule unsignedInt() {
        return unsignedInt(0, MAX_UNSIGNED_INT);
    }

    /** pref: 1 (most preferred) to 100 (RFC 9553 1.5.3). */
    public static ValueRule pref() {
        return unsignedInt(1, 100);
    }

    /** A set: a map whose values MUST be true (contexts, features, keywords, members). */
    public static ValueRule trueMap() {
        return (value, path, problems) -> {
            if (!value.isObject()) {
                problems.add(path, "must be a map of String to true");
                return;
            }
            value.fields().forEachRemaining(entry -> {
                if (entry.getKey().isEmpty()) {
                    problems.add(path, "keys must be non-empty");
                } else if (!entry.getValue().isBoolean() || !entry.getValue().asBoolean()) {
                    problems.add(Problems.child(path, entry.getKey()), "must be true");
                }
            });
        };
    }

    /** Id[T]: a map whose keys are Ids (RFC 9553 1.4.1). */
    public static ValueRule idMap(ValueRule values) {
        return map(values, true);
    }

    /** String[T]. */
    public static ValueRule stringMap(ValueRule values) {
        return map(values, false);
    }

    public static ValueRule list(ValueRule elements) {
        return (value, path, problems) -> {
            if (!value.isArray()) {
                problems.add(path, "must be a list");
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                elements.check(value.get(i), Problems.child(path, Integer.toString(i)), problems);
            }
        };
    }

    public static boolean isId(String value) {
        return ID.matcher(value).matches() && value.getBytes(StandardCharsets.UTF_8).length <= 255;
    }

    public static boolean isUtcDateTime(String value) {
        if (!UTC_DATE_TIME.matcher(value).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static ValueRule map(ValueRule values, boolean idKeys) {
        return (value, path, problems) -> {
            if (!value.isObject()) {
                problems.add(path, "must be a map of " + (idKeys ? "Id" : "String") + " to objects");
                return;
            }
            value.fields().forEachRemaining(entry -> {
                String entryPath = Problems.child(path, entry.getKey());
                if (idKeys ? !isId(entry.getKey()) : entry.getKey().isEmpty()) {
                    problems.add(entryPath, idKeys ? "key must be an Id" : "key must be non-empty");
                }
                JsonNode entryValue = entry.getValue();
                values.check(entryValue, entryPath, problems);
            });
        };
    }
}
