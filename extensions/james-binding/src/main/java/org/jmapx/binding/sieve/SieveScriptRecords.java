package org.jmapx.binding.sieve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The SieveScript objects JMAPX keeps beside James's repository: what gives scripts stable JMAP ids. */
final class SieveScriptRecords {
    static final String ID = "id";
    static final String NAME = "name";
    static final String BLOB_ID = "blobId";
    static final String IS_ACTIVE = "isActive";

    private SieveScriptRecords() {
    }

    static ObjectNode of(String id, String name, byte[] content, boolean active) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put(ID, id);
        record.put(NAME, name);
        record.put(BLOB_ID, SieveBlobIds.of(id, content));
        record.put(IS_ACTIVE, active);
        return record;
    }

    static String name(ObjectNode record) {
        return record.path(NAME).asText();
    }

    static boolean isActive(ObjectNode record) {
        return record.path(IS_ACTIVE).asBoolean(false);
    }
}
