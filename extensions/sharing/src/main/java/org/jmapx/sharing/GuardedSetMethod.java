package org.jmapx.sharing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.set.SetError;

/**
 * A Foo/set whose type allows only some writes (RFC 9670: a user changes a few properties of their own
 * Principal; ShareNotifications are only destroyed). A refused create, update or destroy is answered
 * forbidden before the engine looks at it, so that no other SetError (invalidProperties of a server-set
 * property, notFound) comes first: RFC 9670 2.3 and 3.3 ask for forbidden.
 */
public final class GuardedSetMethod implements JmapMethod {
    /** What a caller may write. */
    public interface Rules {
        Optional<SetError> checkCreate(String creationId, JsonNode object, MethodContext context);

        Optional<SetError> checkUpdate(String id, JsonNode patch, MethodContext context);

        Optional<SetError> checkDestroy(String id, MethodContext context);
    }

    private final JmapMethod set;
    private final Rules rules;

    public GuardedSetMethod(JmapMethod set, Rules rules) {
        this.set = set;
        this.rules = rules;
    }

    @Override
    public String name() {
        return set.name();
    }

    @Override
    public Set<String> requiredCapabilities() {
        return set.requiredCapabilities();
    }

    @Override
    public ObjectNode call(ObjectNode arguments, MethodContext context) throws MethodErrorException {
        ObjectNode allowed = arguments.deepCopy();
        Map<String, SetError> notCreated = new LinkedHashMap<>();
        Map<String, SetError> notUpdated = new LinkedHashMap<>();
        Map<String, SetError> notDestroyed = new LinkedHashMap<>();
        // malformed arguments are left to the engine, which answers invalidArguments
        if (arguments.path("create").isObject()) {
            ObjectNode create = (ObjectNode) allowed.get("create");
            arguments.get("create").fields().forEachRemaining(entry -> rules
                .checkCreate(entry.getKey(), entry.getValue(), context)
                .ifPresent(error -> {
                    notCreated.put(entry.getKey(), error);
                    create.remove(entry.getKey());
                }));
        }
        if (arguments.path("update").isObject()) {
            ObjectNode update = (ObjectNode) allowed.get("update");
            arguments.get("update").fields().forEachRemaining(entry -> rules
                .checkUpdate(entry.getKey(), entry.getValue(), context)
                .ifPresent(error -> {
                    notUpdated.put(entry.getKey(), error);
                    update.remove(entry.getKey());
                }));
        }
        if (arguments.path("destroy").isArray() && allTextual(arguments.get("destroy"))) {
            ArrayNode kept = allowed.putArray("destroy");
            arguments.get("destroy").forEach(id -> rules.checkDestroy(id.asText(), context)
                .ifPresentOrElse(error -> notDestroyed.put(id.asText(), error), () -> kept.add(id)));
        }
        ObjectNode response = set.call(allowed, context);
        merge(response, "notCreated", notCreated);
        merge(response, "notUpdated", notUpdated);
        merge(response, "notDestroyed", notDestroyed);
        return response;
    }

    private static boolean allTextual(JsonNode ids) {
        for (JsonNode id : ids) {
            if (!id.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static void merge(ObjectNode response, String property, Map<String, SetError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        ObjectNode merged = response.path(property).isObject()
            ? (ObjectNode) response.get(property)
            : response.putObject(property);
        errors.forEach((key, error) -> merged.set(key, error.toJson()));
    }
}
