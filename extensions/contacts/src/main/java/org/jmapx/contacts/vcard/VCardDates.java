package org.jmapx.contacts.vcard;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * vCard DATE / TIMESTAMP values <-> JSContact PartialDate, Timestamp and UTCDateTime (RFC 9555
 * section 2.2.2). Basic (20221123) and extended (2022-11-23) forms are read, since vCard 3.0
 * writers use both; the basic form is written.
 */
final class VCardDates {
    private static final Pattern TIMESTAMP = Pattern.compile(
        "(\\d{4})-?(\\d{2})-?(\\d{2})T(\\d{2}):?(\\d{2}):?(\\d{2})(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH_DAY = Pattern.compile("--(\\d{2})-?(\\d{2})");
    private static final DateTimeFormatter UTC_OUT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private VCardDates() {
    }

    /** A TIMESTAMP as a UTCDateTime string ("1994-09-30T14:35:10Z"), or null when it is none. */
    static String utcDateTime(String value) {
        Matcher m = TIMESTAMP.matcher(value.trim());
        if (!m.matches()) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
            Integer.parseInt(m.group(6)));
        String zone = m.group(7).equals("Z") ? "Z" : m.group(7).replace(":", "").replaceFirst("(\\d{2})(\\d{2})$", "$1:$2");
        return OffsetDateTime.of(local, ZoneOffset.of(zone)).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    }

    /** An anniversary date: Timestamp or PartialDate object, or null when RFC 9555 says it does not convert. */
    static ObjectNode anniversaryDate(String value) {
        String v = value.trim();
        String utc = utcDateTime(v);
        if (utc != null) {
            ObjectNode timestamp = JSON.objectNode();
            timestamp.put("@type", "Timestamp");
            timestamp.put("utc", utc);
            return timestamp;
        }
        Matcher m;
        ObjectNode date = JSON.objectNode();
        if ((m = FULL_DATE.matcher(v)).matches()) {
            date.put("year", Integer.parseInt(m.group(1)));
            date.put("month", Integer.parseInt(m.group(2)));
            date.put("day", Integer.parseInt(m.group(3)));
        } else if ((m = YEAR_MONTH.matcher(v)).matches()) {
            date.put("year", Integer.parseInt(m.group(1)));
            date.put("month", Integer.parseInt(m.group(2)));
        } else if ((m = YEAR.matcher(v)).matches()) {
            date.put("year", Integer.parseInt(m.group(1)));
        } else if ((m = MONTH_DAY.matcher(v)).matches()) {
            date.put("month", Integer.parseInt(m.group(1)));
            date.put("day", Integer.parseInt(m.group(2)));
        } else {
            return null;
        }
        return date;
    }

    /** The vCard 4.0 text of a Timestamp or PartialDate, or null when it cannot be written (e.g. calendarScale only). */
    static String writeAnniversaryDate(JsonNode date) {
        if (date.has("utc")) {
            return writeUtc(date.get("utc").asText());
        }
        boolean year = date.has("year");
        boolean month = date.has("month");
        boolean day = date.has("day");
        if (year && month && day) {
            return String.format("%04d%02d%02d", date.get("year").asInt(), date.get("month").asInt(), date.get("day").asInt());
        }
        if (year && month) {
            return String.format("%04d-%02d", date.get("year").asInt(), date.get("month").asInt());
        }
        if (year && !day) {
            return String.format("%04d", date.get("year").asInt());
        }
        if (month && day) {
            return String.format("--%02d%02d", date.get("month").asInt(), date.get("day").asInt());
        }
        return null;
    }

    static String writeUtc(String utcDateTime) {
        return OffsetDateTime.parse(utcDateTime).withOffsetSameInstant(ZoneOffset.UTC).format(UTC_OUT);
    }
}
