package org.jmapx.engine.query;

import java.util.List;
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
import org.jmapx.engine.type.TypeStorage;

/**
 * Foo/query (RFC 8620 5.5), evaluated in memory over the account's records. The queryState is the
 * type's state, so that /queryChanges can answer from the change log.
 */
public final class QueryMethod extends TypeMethod {
    private static final Set<String> ARGUMENTS = Set.of("accountId", "filter", "sort", "position", "anchor",
        "anchorOffset", "limit", "calculateTotal");

    public QueryMethod(JmapType type, TypeStorage storage, AccessControl access) {
        super(type, storage, access, "query");
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
        long position = args.optionalInt("position").orElse(0L);
        Optional<String> anchor = args.optionalString("anchor");
        long anchorOffset = args.optionalInt("anchorOffset").orElse(0L);
        Optional<Long> limit = args.optionalUnsignedInt("limit");
        boolean calculateTotal = args.booleanOrDefault("calculateTotal", false);

        String queryState = storage.state(accountId);
        // Without anchor, total or negative position, the window is known: only its end is needed.
        boolean prefixEnough = anchor.isEmpty() && !calculateTotal && position >= 0 && limit.isPresent();
        List<String> ids = prefixEnough
            ? request.firstIds(type, storage, accountId, context, callAccess, (int) Math.min(Integer.MAX_VALUE, position + limit.get()))
            : request.ids(type, storage, accountId, context, callAccess);
        int start = anchor.isPresent() ? anchored(ids, anchor.get(), anchorOffset) : positioned(ids, position);
        int from = Math.min(start, ids.size());
        int to = (int) Math.max(from, Math.min(ids.size(), start + limit.orElse((long) ids.size())));

        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("accountId", accountId);
        response.put("queryState", queryState);
        response.put("canCalculateChanges", request.canCalculateChanges(support));
        response.put("position", start);
        ArrayNode window = response.putArray("ids");
        ids.subList(from, to).forEach(window::add);
        if (calculateTotal) {
            response.put("total", ids.size());
        }
        return response;
    }

    /** A negative position counts from the end, clamped to 0 (RFC 8620 5.5). */
    private static int positioned(List<String> ids, long position) {
        long start = position < 0 ? Math.max(0, ids.size() + position) : position;
        return (int) Math.min(start, Integer.MAX_VALUE);
    }

    private static int anchored(List<String> ids, String anchor, long anchorOffset) throws MethodErrorException {
        int index = ids.indexOf(anchor);
        if (index < 0) {
            throw new MethodErrorException("anchorNotFound", anchor + " is not in the results");
        }
        return (int) Math.max(0, Math.min(index + anchorOffset, Integer.MAX_VALUE));
    }
}
