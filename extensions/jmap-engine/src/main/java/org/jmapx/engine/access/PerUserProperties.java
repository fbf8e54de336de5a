package org.jmapx.engine.access;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The properties each user of a shared container keeps for themself (RFC 9610's isSubscribed). The
 * owner's values are the record's own; a sharee's are kept in a map by principal id inside the stored
 * record, which clients never see. Until a sharee sets their own, they see the type's default for them,
 * or the owner's value when that default is a missing node (a calendar's name, color, timeZone).
 */
public final class PerUserProperties {
    static final String STORED = "jmapx:perUser";

    private PerUserProperties() {
    }

    /** The record as {@code principalId} sees it (null: as the owner sees it), the per-user map removed. */
    public static ObjectNode view(Sharing sharing, ObjectNode stored, String principalId) {
        JsonNode mine = principalId == null ? null : stored.path(STORED).get(principalId);
        stored.remove(STORED);
        if (principalId != null) {
            for (Map.Entry<String, JsonNode> property : sharing.perUserDefaults().entrySet()) {
                JsonNode value = mine == null ? null : mine.get(property.getKey());
                if (value != null) {
                    stored.set(property.getKey(), value.deepCopy());
                } else if (!property.getValue().isMissingNode()) {
                    stored.set(property.getKey(), property.getValue().deepCopy());
                }
            }
        }
        return stored;
    }

    /**
     * The record to store after {@code principalId} (null: the owner) wrote {@code written}, a record
     * derived from their view: their per-user values go to their entry, everyone else's stay as they were.
     */
    public static ObjectNode stored(Sharing sharing, ObjectNode written, ObjectNode original, String principalId) {
        JsonNode perUser = original.get(STORED);
        ObjectNode stored = written.deepCopy();
        if (principalId != null) {
            ObjectNode all = perUser instanceof ObjectNode map ? map.deepCopy() : stored.objectNode();
            ObjectNode mine = all.putObject(principalId);
            for (String property : sharing.perUserDefaults().keySet()) {
                if (written.has(property)) {
                    mine.set(property, written.get(property));
                }
                if (original.has(property)) {
                    stored.set(property, original.get(property));
                } else {
                    stored.remove(property);
                }
            }
            stored.set(STORED, all);
        } else if (perUser != null) {
            stored.set(STORED, perUser.deepCopy());
        }
        return stored;
    }
}
