package org.jmapx.binding.mail;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Why one EmailImport is not created: the SetError of its "notCreated" entry (RFC 8620 5.3, RFC 8621 4.8). */
public class ImportRefusal extends Exception {
    private final String type;
    private final List<String> properties;

    private ImportRefusal(String type, String description, List<String> properties) {
        super(description, null, false, false);
        this.type = type;
        this.properties = properties;
    }

    static ImportRefusal invalidProperties(String description, String... properties) {
        return new ImportRefusal("invalidProperties", description, List.of(properties));
    }

    static ImportRefusal of(String type, String description, String... properties) {
        return new ImportRefusal(type, description, List.of(properties));
    }

    public String type() {
        return type;
    }

    public ObjectNode asSetError() {
        ObjectNode error = JsonNodeFactory.instance.objectNode().put("type", type).put("description", getMessage());
        if (!properties.isEmpty()) {
            ArrayNode names = error.putArray("properties");
            properties.forEach(names::add);
        }
        return error;
    }
}
