package org.jmapx.engine.set;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.AccessControl;
import org.jmapx.engine.access.CallAccess;
import org.jmapx.engine.argument.Arguments;
import org.jmapx.engine.method.TypeMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.RecordViews;
import org.jmapx.engine.type.TypeStorage;

/**
 * Foo/set (RFC 8620 5.3). Creates run first, then updates, then destroys, each record on its own:
 * a failing record is reported and the others still go through. The whole call is committed as ONE
 * change-log entry (one new state per call, like James's mailbox changes).
 */
public final class SetMethod extends TypeMethod {
    private static final Set<String> STANDARD_ARGUMENTS = Set.of("accountId", "ifInState", "create", "update", "destroy");

    private final RecordViews views;

    public SetMethod(JmapType type, TypeStorage storage, AccessControl access) {
        super(type, storage, access, "set");
        this.views = new RecordViews(type);
    }

    @Override
    public ObjectNode call(ObjectNode arguments, MethodContext context) throws MethodErrorException {
        Set<String> known = new LinkedHashSet<>(STANDARD_ARGUMENTS);
        known.addAll(type.setHooks().extraArguments());
        DefaultContainerSwitch defaultSwitch = DefaultContainerSwitch.of(type);
        known.addAll(defaultSwitch.arguments());
        Arguments args = new Arguments(arguments).allowOnly(known);
        String accountId = args.requiredString("accountId");
        CallAccess callAccess = access.open(accountId, context);
        Optional<String> ifInState = args.optionalString("ifInState");
        ObjectNode create = args.optionalMapOfObjects("create").orElse(JsonNodeFactory.instance.objectNode());
        ObjectNode update = args.optionalMapOfObjects("update").orElse(JsonNodeFactory.instance.objectNode());
        List<String> destroy = args.optionalStringList("destroy").orElse(List.of());
        type.setHooks().validateArguments(arguments);
        defaultSwitch.validateArguments(arguments);
        int total = create.size() + update.size() + destroy.size();
        if (total > context.limits().maxObjectsInSet()) {
            throw new MethodErrorException("requestTooLarge",
                total + " objects exceed maxObjectsInSet " + context.limits().maxObjectsInSet());
        }
        synchronized (storage.lock(accountId)) {
            String oldState = storage.state(accountId);
            if (ifInState.isPresent() && !ifInState.get().equals(oldState)) {
                throw new MethodErrorException("stateMismatch", "The state is " + oldState);
            }
            SetCall call = SetCall.of(type, views, accountId, arguments, context,
                new WorkingSet(accountId, arguments, context, storage), callAccess);
            return new Execution(call, oldState, defaultSwitch).run(create, update, destroy);
        }
    }

    /** One call's progress and its response. */
    private final class Execution {
        private final SetCall call;
        private final String oldState;
        private final DefaultContainerSwitch defaultSwitch;
        private final Map<String, String> createdIds = new LinkedHashMap<>();
        private final Map<String, ObjectNode> createdSnapshots = new LinkedHashMap<>();
        private final Map<String, ObjectNode> sentProperties = new LinkedHashMap<>();
        private final Map<String, SetError> notCreated = new LinkedHashMap<>();
        private final Map<String, SetError> notUpdated = new LinkedHashMap<>();
        private final Map<String, SetError> notDestroyed = new LinkedHashMap<>();
        private final Map<String, ObjectNode> skippedUpdates = new LinkedHashMap<>();
        private final List<String> destroyed = new ArrayList<>();

        Execution(SetCall call, String oldState, DefaultContainerSwitch defaultSwitch) {
            this.call = call;
            this.oldState = oldState;
            this.defaultSwitch = defaultSwitch;
        }

        ObjectNode run(ObjectNode create, ObjectNode update, List<String> destroy) {
            CreationOrder.of(create, type.schema())
                .forEach(creationId -> create(creationId, (ObjectNode) create.get(creationId)));
            // A repeated id is one destroy: it must not come out both destroyed and notDestroyed.
            Set<String> destroyKeys = new LinkedHashSet<>(destroy);
            Set<String> toDestroy = new LinkedHashSet<>();
            destroyKeys.forEach(key -> call.work().resolveId(key).ifPresent(toDestroy::add));
            update.fields().forEachRemaining(entry -> update(entry.getKey(), (ObjectNode) entry.getValue(), toDestroy));
            destroyKeys.forEach(this::destroy);
            applyUpdatesOfRecordsStillThere();
            if (notCreated.isEmpty() && notUpdated.isEmpty() && notDestroyed.isEmpty()) {
                call.hooks().afterAllSucceeded(call.work());
                defaultSwitch.apply(call.work(), call.access());
            }
            String newState = call.hooks().commitDestroying(call.accountId(), call.work().destroyedStoredIds(), call.arguments(),
                () -> call.work().commit());
            if (call.access() != CallAccess.FULL) {
                call.access().committed(call.work().writes());
            }
            return response(newState);
        }

        private void create(String creationId, ObjectNode requested) {
            CreateOutcome outcome = new CreateStep(call).create(creationId, requested);
            outcome.error().ifPresent(error -> notCreated.put(creationId, error));
            outcome.id().ifPresent(id -> {
                createdIds.put(creationId, id);
                createdSnapshots.put(id, call.work().get(id).orElseThrow());
                sentProperties.put(id, requested);
            });
        }

        private void update(String key, ObjectNode patch, Set<String> toDestroy) {
            Optional<String> id = call.work().resolveId(key);
            if (id.isEmpty()) {
                notUpdated.put(key, SetError.notFound(key));
            } else if (toDestroy.contains(id.get())) {
                notUpdated.put(key, SetError.willDestroy(id.get()));
                skippedUpdates.put(key, patch);
            } else {
                new UpdateStep(call).update(id.get(), patch).ifPresent(error -> notUpdated.put(key, error));
            }
        }

        /**
         * An update skipped with willDestroy whose destroy then failed would be lost while its record stays:
         * it runs now, after the destroys, as if the client had sent it alone.
         */
        private void applyUpdatesOfRecordsStillThere() {
            skippedUpdates.forEach((key, patch) -> {
                String id = call.work().resolveId(key).orElseThrow();
                if (!destroyed.contains(id)) {
                    notUpdated.remove(key);
                    new UpdateStep(call).update(id, patch).ifPresent(error -> notUpdated.put(key, error));
                }
            });
        }

        private void destroy(String key) {
            Optional<String> id = call.work().resolveId(key);
            Optional<SetError> error = id.isEmpty()
                ? Optional.of(SetError.notFound(key))
                : new DestroyStep(call).destroy(id.get());
            error.ifPresentOrElse(e -> notDestroyed.put(key, e), () -> destroyed.add(id.get()));
        }

        private ObjectNode response(String newState) {
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            response.put("accountId", call.accountId());
            response.put("oldState", oldState);
            response.put("newState", newState);
            response.set("created", createdResponse());
            response.set("updated", updatedResponse());
            response.set("destroyed", destroyed.isEmpty() ? null : JsonNodeFactory.instance.arrayNode()
                .addAll(destroyed.stream().map(JsonNodeFactory.instance::textNode).toList()));
            response.set("notCreated", errors(notCreated));
            response.set("notUpdated", errors(notUpdated));
            response.set("notDestroyed", errors(notDestroyed));
            return response;
        }

        /**
         * What the client did not send: server-set and defaulted properties (RFC 8620 5.3), and what the
         * server stored differently from what was sent (a resolved "#creationId").
         */
        private JsonNode createdResponse() {
            if (createdIds.isEmpty()) {
                return null;
            }
            ObjectNode created = JsonNodeFactory.instance.objectNode();
            createdIds.forEach((creationId, id) -> {
                ObjectNode view = call.view(call.work().get(id).orElse(createdSnapshots.get(id)));
                ObjectNode reported = JsonNodeFactory.instance.objectNode();
                view.fields().forEachRemaining(field -> {
                    JsonNode sent = sentProperties.get(id).get(field.getKey());
                    if (sent == null || type.schema().isServerSet(field.getKey()) || !sent.equals(field.getValue())) {
                        reported.set(field.getKey(), field.getValue());
                    }
                });
                created.set(creationId, reported);
            });
            return created;
        }

        /**
         * Server-set or computed properties that changed, and properties the server stored differently from
         * what the client's patch gave, or null per record (RFC 8620 5.3).
         */
        private JsonNode updatedResponse() {
            Set<String> ids = new LinkedHashSet<>(call.work().updatedIds());
            ids.removeAll(createdIds.values());
            if (ids.isEmpty()) {
                return null;
            }
            ObjectNode updated = JsonNodeFactory.instance.objectNode();
            for (String id : ids) {
                ObjectNode before = call.view(call.work().original(id).orElseThrow());
                ObjectNode after = call.view(call.work().get(id).orElseThrow());
                ObjectNode changed = JsonNodeFactory.instance.objectNode();
                Optional<ObjectNode> clientVersion = call.work().clientVersion(id);
                after.fields().forEachRemaining(field -> {
                    boolean serverChanged = type.schema().isServerSet(field.getKey())
                        && !Objects.equals(field.getValue(), before.get(field.getKey()));
                    boolean serverOverrode = clientVersion.isPresent()
                        && !Objects.equals(field.getValue(), clientVersion.get().get(field.getKey()));
                    if (serverChanged || serverOverrode) {
                        changed.set(field.getKey(), field.getValue());
                    }
                });
                updated.set(id, changed.isEmpty() ? null : changed);
            }
            return updated;
        }

        private JsonNode errors(Map<String, SetError> errors) {
            if (errors.isEmpty()) {
                return null;
            }
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            errors.forEach((key, error) -> json.set(key, error.toJson()));
            return json;
        }
    }
}
