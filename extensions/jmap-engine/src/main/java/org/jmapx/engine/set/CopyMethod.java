package org.jmapx.engine.set;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * Foo/copy (RFC 8620 5.4): each copy is a create in the target account from the original's
 * client-settable properties, overridden by those given. With onSuccessDestroyOriginal, the
 * implicit Foo/set on the source account is reported through {@link MethodContext#addImplicitResponse}.
 */
public final class CopyMethod extends TypeMethod {
    private static final Set<String> ARGUMENTS = Set.of("fromAccountId", "ifFromInState", "accountId", "ifInState",
        "create", "onSuccessDestroyOriginal", "destroyFromIfInState");

    private final SetMethod set;

    public CopyMethod(JmapType type, TypeStorage storage, AccessControl access, SetMethod set) {
        super(type, storage, access, "copy");
        this.set = set;
    }

    @Override
    public ObjectNode call(ObjectNode arguments, MethodContext context) throws MethodErrorException {
        Arguments args = new Arguments(arguments).allowOnly(ARGUMENTS);
        String fromAccountId = args.requiredString("fromAccountId");
        CallAccess fromAccess = openSource(fromAccountId, context);
        String accountId = args.requiredString("accountId");
        CallAccess targetAccess = access.open(accountId, context);
        if (fromAccountId.equals(accountId)) {
            throw MethodErrorException.invalidArguments("accountId must differ from fromAccountId");
        }
        Optional<String> ifFromInState = args.optionalString("ifFromInState");
        Optional<String> ifInState = args.optionalString("ifInState");
        ObjectNode create = args.optionalMapOfObjects("create")
            .orElseThrow(() -> MethodErrorException.invalidArguments("'create' is required"));
        boolean destroyOriginal = args.booleanOrDefault("onSuccessDestroyOriginal", false);
        Optional<String> destroyFromIfInState = args.optionalString("destroyFromIfInState");
        if (create.size() > context.limits().maxObjectsInSet()) {
            throw new MethodErrorException("requestTooLarge", create.size() + " objects exceed maxObjectsInSet");
        }
        if (ifFromInState.isPresent() && !ifFromInState.get().equals(storage.state(fromAccountId))) {
            throw new MethodErrorException("stateMismatch", "The state of " + fromAccountId + " changed");
        }
        Map<String, String> copiedOriginals = new LinkedHashMap<>();
        ObjectNode response;
        synchronized (storage.lock(accountId)) {
            String oldState = storage.state(accountId);
            if (ifInState.isPresent() && !ifInState.get().equals(oldState)) {
                throw new MethodErrorException("stateMismatch", "The state is " + oldState);
            }
            SetCall call = SetCall.of(type, new RecordViews(type), accountId, arguments, context,
                new WorkingSet(accountId, arguments, context, storage), targetAccess);
            response = copy(call, fromAccountId, fromAccess, create, copiedOriginals);
            response.put("oldState", oldState);
            response.put("newState", call.work().commit());
            if (targetAccess != CallAccess.FULL) {
                targetAccess.committed(call.work().writes());
            }
        }
        if (destroyOriginal && !copiedOriginals.isEmpty()) {
            destroyOriginals(fromAccountId, destroyFromIfInState, copiedOriginals.values(), context);
        }
        return response;
    }

    private CallAccess openSource(String fromAccountId, MethodContext context) throws MethodErrorException {
        try {
            return access.open(fromAccountId, context);
        } catch (MethodErrorException e) {
            if (e.type().equals("accountNotFound")) {
                throw new MethodErrorException("fromAccountNotFound", "Unknown account " + fromAccountId);
            }
            throw e;
        }
    }

    private ObjectNode copy(SetCall call, String fromAccountId, CallAccess fromAccess, ObjectNode create,
                            Map<String, String> copiedOriginals) {
        ObjectNode created = JsonNodeFactory.instance.objectNode();
        ObjectNode notCreated = JsonNodeFactory.instance.objectNode();
        create.fields().forEachRemaining(entry -> {
            ObjectNode requested = (ObjectNode) entry.getValue();
            JsonNode originalId = requested.get("id");
            if (originalId == null || !originalId.isTextual()) {
                // RFC 8620 5.4: the object MUST hold the id of the original; without one there is nothing to copy.
                notCreated.set(entry.getKey(), SetError.invalidProperty("id", "must be the id of the record to copy")
                    .toJson());
                return;
            }
            Optional<String> sourceId = CreationReferences.resolveId(originalId.asText(), call.context());
            Optional<ObjectNode> original = sourceId.map(id -> storage.get(fromAccountId, List.of(id)).get(id))
                .filter(fromAccess::canRead);
            if (original.isEmpty()) {
                notCreated.set(entry.getKey(), SetError.notFound(String.valueOf(originalId)).toJson());
                return;
            }
            CreateOutcome outcome = new CreateStep(call).create(entry.getKey(), copyOf(original.get(), requested));
            outcome.error().ifPresent(error -> notCreated.set(entry.getKey(), error.toJson()));
            outcome.id().ifPresent(id -> {
                copiedOriginals.put(entry.getKey(), sourceId.get());
                created.set(entry.getKey(), serverSetProperties(call, call.work().get(id).orElseThrow()));
            });
        });
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("fromAccountId", fromAccountId);
        response.put("accountId", call.accountId());
        response.set("created", created.isEmpty() ? null : created);
        response.set("notCreated", notCreated.isEmpty() ? null : notCreated);
        return response;
    }

    /** The original without what its server set, overridden by the properties the client gave. */
    private ObjectNode copyOf(ObjectNode original, ObjectNode requested) {
        ObjectNode copy = original.deepCopy();
        type.schema().rules().stream().filter(rule -> rule.serverSet()).forEach(rule -> copy.remove(rule.name()));
        requested.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("id")) {
                copy.set(field.getKey(), field.getValue());
            }
        });
        return copy;
    }

    private ObjectNode serverSetProperties(SetCall call, ObjectNode stored) {
        ObjectNode view = call.view(stored);
        ObjectNode serverSet = JsonNodeFactory.instance.objectNode();
        view.fields().forEachRemaining(field -> {
            if (type.schema().isServerSet(field.getKey())) {
                serverSet.set(field.getKey(), field.getValue());
            }
        });
        return serverSet;
    }

    private void destroyOriginals(String fromAccountId, Optional<String> ifInState, Collection<String> ids,
                                  MethodContext context) {
        ObjectNode setArguments = JsonNodeFactory.instance.objectNode().put("accountId", fromAccountId);
        ifInState.ifPresent(state -> setArguments.put("ifInState", state));
        // One original may have been copied under several creation ids: destroy it once.
        new LinkedHashSet<>(ids).forEach(setArguments.putArray("destroy")::add);
        try {
            context.addImplicitResponse(set.name(), set.call(setArguments, context));
        } catch (MethodErrorException e) {
            context.addImplicitResponse("error", JsonNodeFactory.instance.objectNode()
                .put("type", e.type()).put("description", e.description()));
        }
    }
}
