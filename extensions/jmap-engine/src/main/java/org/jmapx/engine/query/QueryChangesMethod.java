package org.jmapx.engine.query;

import java.util.LinkedHashSet;
import java.util.List;
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
import org.jmapx.engine.state.CannotCalculateChangesException;
import org.jmapx.engine.state.ChangesSince;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.TypeStorage;

/**
 * Foo/queryChanges (RFC 8620 5.6), answered from the change log: every record updated or destroyed
 * since the query state is "removed" (the RFC allows over-reporting), and every record created or
 * updated that is in the current results is "added" at its index. upToId is accepted and ignored, which the RFC allows.
 */
public final class QueryChangesMethod extends TypeMethod {
    private static final Set<String> ARGUMENTS = Set.of("accountId", "filter", "sort", "sinceQueryState",
        "maxChanges", "upToId", "calculateTotal");

    public QueryChangesMethod(JmapType type, TypeStorage storage, AccessControl access) {
        super(type, storage, access, "queryChanges");
    }

    @Override
    public ObjectNode call(ObjectNode arguments, MethodContext context) throws MethodErrorException {
        try {
            return run(arguments, context);
        } catch (QueryAbortedException e) {
            throw e.error();
        }
    }

    private ObjectNode run(ObjectNode arguments, MethodContext context) throws MethodErrorException {
        Set<String> known = new java.util.HashSet<>(ARGUMENTS);
        known.addAll(type.querySupport().extraArguments());
        Arguments args = new Arguments(arguments).allowOnly(known);
        String accountId = args.requiredString("accountId");
        CallAccess callAccess = access.open(accountId, context);
        QuerySupport support = type.querySupport().forCall(arguments);
        QueryRequest request = QueryRequest.read(args, support);
        String sinceQueryState = args.requiredString("sinceQueryState");
        // An UnsignedInt here (RFC 8620 5.6 sets no lower bound, unlike /changes): 0 means "no change expected".
        long maxChanges = args.optionalUnsignedInt("maxChanges").orElse(Long.MAX_VALUE);
        args.optionalString("upToId");
        boolean calculateTotal = args.booleanOrDefault("calculateTotal", false);
        if (!request.canCalculateChanges(support)) {
            throw cannotCalculate("This filter or sort cannot tell its changes");
        }

        ChangesSince changes;
        List<String> ids;
        // Changes and results must describe the same state, or a concurrent write would be lost to the client.
        synchronized (storage.lock(accountId)) {
            changes = changesSince(accountId, sinceQueryState);
            ids = request.ids(type, storage, accountId, context, callAccess);
        }
        // A record created since the old state was not in the old results: it can only be added.
        Set<String> removed = new LinkedHashSet<>(changes.updated());
        removed.addAll(changes.destroyed());
        Set<String> changed = new LinkedHashSet<>(removed);
        changed.addAll(changes.created());
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode removedJson = response.arrayNode();
        removed.forEach(removedJson::add);
        // Walking the results in order gives "added" sorted by index, lowest first, as RFC 8620 5.6 requires.
        ArrayNode added = response.arrayNode();
        for (int index = 0; index < ids.size(); index++) {
            if (changed.contains(ids.get(index))) {
                added.addObject().put("id", ids.get(index)).put("index", index);
            }
        }
        if (removedJson.size() + added.size() > maxChanges) {
            throw new MethodErrorException("tooManyChanges",
                (removedJson.size() + added.size()) + " changes exceed maxChanges " + maxChanges);
        }
        response.put("accountId", accountId);
        response.put("oldQueryState", sinceQueryState);
        response.put("newQueryState", changes.newState());
        if (calculateTotal) {
            response.put("total", ids.size());
        }
        response.set("removed", removedJson);
        response.set("added", added);
        return response;
    }

    /** Everything since the state, the whole log at once: the query results are only valid at the newest state. */
    private ChangesSince changesSince(String accountId, String sinceQueryState) throws MethodErrorException {
        try {
            ChangesSince changes = storage.changesSince(accountId, sinceQueryState, Integer.MAX_VALUE);
            if (changes.hasMoreChanges()) {
                throw cannotCalculate("Too many changes since " + sinceQueryState);
            }
            return changes;
        } catch (CannotCalculateChangesException e) {
            throw cannotCalculate(e.getMessage());
        }
    }

    private static MethodErrorException cannotCalculate(String description) {
        return new MethodErrorException("cannotCalculateChanges", description);
    }
}
