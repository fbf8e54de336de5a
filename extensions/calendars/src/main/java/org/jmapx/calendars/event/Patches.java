package org.jmapx.calendars.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies one entry of a JSCalendar PatchObject (RFC 8984 1.4.9: a JSON pointer without the leading
 * slash, to a value or null to remove) to an instance of a recurring event. A path through a missing
 * object creates it, which a recurrence override may rely on.
 */
final class Patches {
    private Patches() {
    }

    static void apply(ObjectNode target, String pointer, JsonNode value) {
        String[] segments = pointer.split("/");
        ObjectNode parent = target;
        for (int i = 0; i < segments.length - 1; i++) {
            String name = unescape(segments[i]);
            JsonNode child = parent.get(name);
            parent = child instanceof ObjectNode object ? object : parent.putObject(name);
        }
        String last = unescape(segments[segments.length - 1]);
        if (value == null || value.isNull()) {
            parent.remove(last);
        } else {
            parent.set(last, value.deepCopy());
        }
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
