package org.jmapx.engine.get;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
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

/** Foo/get (RFC 8620 5.1). */
public final class GetMethod extends TypeMethod {
    private static final Set<String> ARGUMENTS = Set.of("accountId", "ids", "properties");

    private final RecordViews views;

    public GetMethod(JmapType type, TypeStorage storage, AccessControl access) {
        super(type, storage, access, "get");
        this.views = new RecordViews(type);
    }

    @Override
    public ObjectNode call(ObjectNode arguments, MethodContext context) throws MethodErrorException {
        Arguments args = new Arguments(arguments).allowOnly(ARGUMENTS);
        String accountId = args.requiredString("accountId");
        CallAccess callAccess = access.open(accountId, context);
        Optional<List<String>> ids = args.optionalStringList("ids");
        Optional<Set<String>> properties = properties(args);
        int maxObjects = context.limits().maxObjectsInGet();
        if (ids.isPresent() && ids.get().size() > maxObjects) {
            throw tooLarge(ids.get().size(), maxObjects);
        }
        // Read the state before the records: a record newer than the state is fetched again by /changes.
        String state = storage.state(accountId);
        List<String> notFound = new ArrayList<>();
        List<ObjectNode> found = ids.isPresent()
            ? byIds(accountId, ids.get(), context, callAccess, notFound)
            : all(accountId, callAccess, maxObjects);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("accountId", accountId);
        response.put("state", state);
        ArrayNode list = response.putArray("list");
        // the records are this call's own copies (ObjectStore.get/all): no second copy for the view
        found.forEach(stored -> list.add(select(views.viewInPlace(accountId, stored, context), properties)));
        ArrayNode notFoundJson = response.putArray("notFound");
        notFound.forEach(notFoundJson::add);
        return response;
    }

    private List<ObjectNode> byIds(String accountId, List<String> requested, MethodContext context,
                                   CallAccess callAccess, List<String> notFound) {
        Map<String, String> idsByRequested = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(requested)) {
            Optional<String> resolved = id.startsWith("#") ? context.resolveCreationId(id.substring(1)) : Optional.of(id);
            // "#c" and the id it stands for are one id: RFC 8620 5.1 lists a repeated id only once.
            if (resolved.isEmpty()) {
                notFound.add(id);
            } else if (!idsByRequested.containsValue(resolved.get())) {
                idsByRequested.put(id, resolved.get());
            }
        }
        Map<String, ObjectNode> stored = new java.util.HashMap<>(storage.get(accountId, idsByRequested.values()));
        List<String> unknown = idsByRequested.values().stream().filter(id -> !stored.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            stored.putAll(type.derivedRecords(accountId, unknown, storage));
        }
        List<ObjectNode> found = new ArrayList<>();
        idsByRequested.forEach((requestedId, id) -> {
            // what the caller may not read does not exist for them
            if (stored.containsKey(id) && callAccess.canRead(stored.get(id))) {
                found.add(stored.get(id));
            } else {
                notFound.add(requestedId);
            }
        });
        return found;
    }

    private List<ObjectNode> all(String accountId, CallAccess callAccess, int maxObjects) throws MethodErrorException {
        List<ObjectNode> all = new ArrayList<>(storage.all(accountId));
        if (!callAccess.isFull()) {
            all.removeIf(record -> !callAccess.canRead(record));
        }
        if (all.size() > maxObjects) {
            throw tooLarge(all.size(), maxObjects);
        }
        all.sort(Comparator.comparing(object -> object.path("id").asText()));
        return all;
    }

    private Optional<Set<String>> properties(Arguments args) throws MethodErrorException {
        Optional<List<String>> properties = args.optionalStringList("properties");
        if (properties.isPresent()) {
            for (String property : properties.get()) {
                if (!type.schema().accepts(property)) {
                    throw MethodErrorException.invalidArguments("Unknown property '" + property + "'");
                }
            }
        }
        return properties.map(LinkedHashSet::new);
    }

    private static ObjectNode select(ObjectNode view, Optional<Set<String>> properties) {
        if (properties.isEmpty()) {
            return view;
        }
        ObjectNode selected = JsonNodeFactory.instance.objectNode();
        selected.set("id", view.get("id"));
        properties.get().forEach(name -> {
            if (view.has(name)) {
                selected.set(name, view.get(name));
            }
        });
        return selected;
    }

    private static MethodErrorException tooLarge(int count, int max) {
        return new MethodErrorException("requestTooLarge", count + " objects exceed maxObjectsInGet " + max);
    }
}
