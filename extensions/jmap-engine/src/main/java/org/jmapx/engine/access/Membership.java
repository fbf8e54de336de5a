package org.jmapx.engine.access;

import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the items of a type belong to containers: the container type and the property naming them,
 * either a map of container ids to true (ContactCard's addressBookIds, CalendarEvent's calendarIds)
 * or one container id (Task's taskListId).
 */
public record Membership(String containerType, String property) {

    public Set<String> containerIds(ObjectNode item) {
        JsonNode value = item.path(property);
        Set<String> ids = new LinkedHashSet<>();
        if (value.isTextual()) {
            ids.add(value.asText());
        } else if (value.isObject()) {
            value.fields().forEachRemaining(entry -> {
                if (entry.getValue().asBoolean(false)) {
                    ids.add(entry.getKey());
                }
            });
        }
        return ids;
    }
}
