package org.jmapx.binding.smime;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.jmapx.smime.Verification;
import org.jmapx.smime.service.SmimeRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** RFC 9219 section 4.1: the Email/get pseudo-properties and how each is written. */
final class SmimeEmailProperties {
    static final String STATUS = "smimeStatus";
    static final String STATUS_AT_DELIVERY = "smimeStatusAtDelivery";
    static final String ERRORS = "smimeErrors";
    static final String VERIFIED_AT = "smimeVerifiedAt";
    static final Set<String> ALL = Set.of(STATUS, STATUS_AT_DELIVERY, ERRORS, VERIFIED_AT);

    private SmimeEmailProperties() {
    }

    static SmimeRequest requestFor(Set<String> properties) {
        boolean current = properties.contains(STATUS) || properties.contains(ERRORS) || properties.contains(VERIFIED_AT);
        return new SmimeRequest(current, properties.contains(STATUS_AT_DELIVERY));
    }

    static void write(ObjectNode email, Set<String> properties, java.util.Optional<Verification> current,
                      java.util.Optional<Verification> atDelivery) {
        if (properties.contains(STATUS)) {
            email.put(STATUS, current.flatMap(v -> v.status().jmapValue()).orElse(null));
        }
        if (properties.contains(STATUS_AT_DELIVERY)) {
            email.put(STATUS_AT_DELIVERY, atDelivery.flatMap(v -> v.status().jmapValue()).orElse(null));
        }
        if (properties.contains(ERRORS)) {
            email.set(ERRORS, current.flatMap(Verification::jmapErrors).map(SmimeEmailProperties::array)
                .orElse(JsonNodeFactory.instance.nullNode()));
        }
        if (properties.contains(VERIFIED_AT)) {
            email.put(VERIFIED_AT, current.flatMap(Verification::verifiedAt).map(SmimeEmailProperties::utcDate).orElse(null));
        }
    }

    private static JsonNode array(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** RFC 8620 UTCDate: seconds precision, "Z". */
    private static String utcDate(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
