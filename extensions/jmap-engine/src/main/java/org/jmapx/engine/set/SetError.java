package org.jmapx.engine.set;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.type.PropertyProblem;

/**
 * A SetError of RFC 8620 5.3: why one create/update/destroy failed. Types may define their own
 * error types ("addressBookHasContents") with {@link #of}.
 *
 * @param properties the invalid properties, for invalidProperties (empty otherwise)
 * @param extra      further members of the error object (existingId for alreadyExists)
 */
public record SetError(String type, String description, List<String> properties, ObjectNode extra) {
    public SetError {
        properties = List.copyOf(properties);
        extra = extra.deepCopy();
    }

    public static SetError of(String type, String description) {
        return new SetError(type, description, List.of(), JsonNodeFactory.instance.objectNode());
    }

    public static SetError invalidProperties(List<PropertyProblem> problems) {
        List<String> names = problems.stream().map(PropertyProblem::property).distinct().toList();
        String description = String.join("; ", problems.stream()
            .map(problem -> problem.property() + ": " + problem.description()).toList());
        return new SetError("invalidProperties", description, names, JsonNodeFactory.instance.objectNode());
    }

    public static SetError invalidProperty(String property, String description) {
        return invalidProperties(List.of(new PropertyProblem(property, description)));
    }

    public static SetError notFound(String id) {
        return of("notFound", "No record with id " + id);
    }

    public static SetError invalidPatch(String description) {
        return of("invalidPatch", description);
    }

    public static SetError willDestroy(String id) {
        return of("willDestroy", id + " is destroyed by the same request");
    }

    public static SetError forbidden(String description) {
        return of("forbidden", description);
    }

    public static SetError singleton(String description) {
        return of("singleton", description);
    }

    public static SetError overQuota(String description) {
        return of("overQuota", description);
    }

    public static SetError tooLarge(String description) {
        return of("tooLarge", description);
    }

    public static SetError rateLimit(String description) {
        return of("rateLimit", description);
    }

    public static SetError alreadyExists(String existingId) {
        ObjectNode extra = JsonNodeFactory.instance.objectNode().put("existingId", existingId);
        return new SetError("alreadyExists", "The record already exists as " + existingId, List.of(), extra);
    }

    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("type", type);
        json.put("description", description);
        if (!properties.isEmpty()) {
            properties.forEach(json.putArray("properties")::add);
        }
        json.setAll(extra.deepCopy());
        return json;
    }
}
