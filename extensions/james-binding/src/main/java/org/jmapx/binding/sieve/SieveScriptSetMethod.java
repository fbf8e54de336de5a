package org.jmapx.binding.sieve;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jmapx.engine.argument.Arguments;
import org.jmapx.engine.method.Capabilities;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.set.SetError;
import org.jmapx.engine.type.TypeStorage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SieveScript/set (RFC 9661 2.4): creates, updates and destroys scripts in James's SieveRepository, then,
 * only if all of them succeeded, onSuccessDeactivateScript and onSuccessActivateScript, in that order.
 */
final class SieveScriptSetMethod implements JmapMethod {
    private static final Set<String> ARGUMENTS = Set.of("accountId", "ifInState", "create", "update", "destroy",
        "onSuccessActivateScript", "onSuccessDeactivateScript");

    private final SieveScriptType type;
    private final TypeStorage storage;
    private final SieveScripts scripts;
    private final ContentCheck contentCheck;
    private final SieveLimits limits;
    private final Clock clock;

    SieveScriptSetMethod(SieveScriptType type, TypeStorage storage, SieveScripts scripts, ContentCheck contentCheck,
                         SieveLimits limits, Clock clock) {
        this.type = type;
        this.storage = storage;
        this.scripts = scripts;
        this.contentCheck = contentCheck;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "SieveScript/set";
    }

    @Override
    public Set<String> requiredCapabilities() {
        return Set.of(Capabilities.CORE, SieveCapability.URN);
    }

    @Override
    public ObjectNode call(ObjectNode arguments, MethodContext context) throws MethodErrorException {
        Arguments args = new Arguments(arguments).allowOnly(ARGUMENTS);
        String accountId = args.requiredString("accountId");
        if (!context.actsAsOwner(accountId)) {
            throw MethodErrorException.accountNotFound(accountId);
        }
        Optional<String> ifInState = args.optionalString("ifInState");
        ObjectNode create = args.optionalMapOfObjects("create").orElse(JsonNodeFactory.instance.objectNode());
        ObjectNode update = args.optionalMapOfObjects("update").orElse(JsonNodeFactory.instance.objectNode());
        List<String> destroy = args.optionalStringList("destroy").orElse(List.of());
        Optional<String> activate = args.optionalString("onSuccessActivateScript");
        boolean deactivate = args.booleanOrDefault("onSuccessDeactivateScript", false);
        int total = create.size() + update.size() + destroy.size();
        if (total > context.limits().maxObjectsInSet()) {
            throw new MethodErrorException("requestTooLarge", total + " objects exceed maxObjectsInSet " + context.limits().maxObjectsInSet());
        }
        String username = usernameOf(accountId, context);
        synchronized (storage.lock(accountId)) {
            type.prepareAccount(accountId, storage);
            String oldState = storage.state(accountId);
            if (ifInState.isPresent() && !ifInState.get().equals(oldState)) {
                throw new MethodErrorException("stateMismatch", "The state is " + oldState);
            }
            ScriptWrites writes = new ScriptWrites(accountId, username, scripts.ofUser(username), storage, contentCheck, limits, clock);
            Map<String, ObjectNode> created = new LinkedHashMap<>();
            Map<String, String> createdIds = new LinkedHashMap<>();
            Map<String, SetError> notCreated = new LinkedHashMap<>();
            create.fields().forEachRemaining(entry -> {
                ScriptWrites.Result result = writes.create((ObjectNode) entry.getValue());
                if (result.error().isPresent()) {
                    notCreated.put(entry.getKey(), result.error().get());
                } else {
                    created.put(entry.getKey(), result.reported().get());
                    createdIds.put(entry.getKey(), result.id().get());
                    context.recordCreationId(entry.getKey(), result.id().get());
                }
            });
            Map<String, SetError> notUpdated = new LinkedHashMap<>();
            List<String> updatedIds = new ArrayList<>();
            update.fields().forEachRemaining(entry -> {
                Optional<String> id = resolve(entry.getKey(), context);
                Optional<SetError> error = id.isEmpty() ? Optional.of(SetError.notFound(entry.getKey()))
                    : entry.getValue().isObject() ? writes.update(id.get(), (ObjectNode) entry.getValue())
                    : Optional.of(SetError.invalidPatch("The patch must be an object"));
                error.ifPresentOrElse(e -> notUpdated.put(entry.getKey(), e), () -> updatedIds.add(id.get()));
            });
            Map<String, SetError> notDestroyed = new LinkedHashMap<>();
            List<String> destroyed = new ArrayList<>();
            for (String key : destroy) {
                Optional<String> id = resolve(key, context);
                Optional<SetError> error = id.isEmpty() ? Optional.of(SetError.notFound(key)) : writes.destroy(id.get());
                error.ifPresentOrElse(e -> notDestroyed.put(key, e), () -> destroyed.add(id.get()));
            }
            if (notCreated.isEmpty() && notUpdated.isEmpty() && notDestroyed.isEmpty()) {
                if (deactivate) {
                    writes.deactivate();
                }
                activate.flatMap(id -> resolve(id, context)).ifPresent(writes::activate);
            }
            createdIds.forEach((creationId, id) -> {
                if (writes.isActive(id)) {
                    created.get(creationId).put(SieveScriptRecords.IS_ACTIVE, true);
                }
            });
            String newState = writes.commit();
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            response.put("accountId", accountId);
            response.put("oldState", oldState);
            response.put("newState", newState);
            response.set("created", created.isEmpty() ? null : objectOf(created));
            response.set("updated", updated(writes.updateReports()));
            response.set("destroyed", destroyed.isEmpty() ? null : JsonNodeFactory.instance.arrayNode()
                .addAll(destroyed.stream().map(JsonNodeFactory.instance::textNode).toList()));
            response.set("notCreated", errors(notCreated));
            response.set("notUpdated", errors(notUpdated));
            response.set("notDestroyed", errors(notDestroyed));
            return response;
        }
    }

    private String usernameOf(String accountId, MethodContext context) throws MethodErrorException {
        if (accountId.equals(context.primaryAccountId())) {
            return context.username();
        }
        return scripts.username(accountId).orElseThrow(() -> MethodErrorException.accountNotFound(accountId));
    }

    /** An id, or "#creationId" of this call or an earlier one in the request. */
    private static Optional<String> resolve(String id, MethodContext context) {
        return id.startsWith("#") ? context.resolveCreationId(id.substring(1)) : Optional.of(id);
    }

    private static JsonNode updated(Map<String, ObjectNode> reports) {
        if (reports.isEmpty()) {
            return null;
        }
        ObjectNode updated = JsonNodeFactory.instance.objectNode();
        reports.forEach((id, report) -> updated.set(id, report == null || report.isEmpty() ? null : report));
        return updated;
    }

    private static ObjectNode objectOf(Map<String, ObjectNode> entries) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        entries.forEach(object::set);
        return object;
    }

    private static JsonNode errors(Map<String, SetError> errors) {
        if (errors.isEmpty()) {
            return null;
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        errors.forEach((key, error) -> json.set(key, error.toJson()));
        return json;
    }
}
