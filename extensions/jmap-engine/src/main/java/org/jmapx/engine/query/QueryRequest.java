package org.jmapx.engine.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.CallAccess;
import org.jmapx.engine.argument.Arguments;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.RecordViews;
import org.jmapx.engine.type.TypeStorage;

/** The filter and sort of a /query or /queryChanges call, and the ids they select now. */
final class QueryRequest {
    /** How the ids are computed: over stored records, or over a type's {@link QueryIndex}. */
    private interface Evaluation {
        /** The first {@code needed} ids of the results (all of them when there are fewer). */
        List<String> ids(JmapType type, TypeStorage storage, String accountId, MethodContext context, CallAccess access,
                         int needed);
    }

    private final JsonNode filter;
    private final List<SortProperty> sort;
    private final Evaluation evaluation;

    private QueryRequest(JsonNode filter, List<SortProperty> sort, Evaluation evaluation) {
        this.filter = filter;
        this.sort = sort;
        this.evaluation = evaluation;
    }

    static QueryRequest read(Arguments args, QuerySupport support) throws MethodErrorException {
        JsonNode filter = args.value("filter");
        List<SortProperty> sort = SortCompiler.parse(args.value("sort"));
        Evaluation evaluation = support instanceof IndexedQuerySupport<?> indexed
            ? indexed(indexed, filter, sort)
            : records(support, filter, sort);
        return new QueryRequest(filter, sort, evaluation);
    }

    boolean canCalculateChanges(QuerySupport support) {
        return support.canCalculateChanges(filter, sort);
    }

    List<String> ids(JmapType type, TypeStorage storage, String accountId, MethodContext context, CallAccess access) {
        return evaluation.ids(type, storage, accountId, context, access, Integer.MAX_VALUE);
    }

    /**
     * Only the first {@code needed} ids of the results, in order (a prefix of {@link #ids}): a /query
     * with a limit, no anchor, no total and a position >= 0 needs no more, so an indexed evaluation
     * stops filtering the cached sorted order once it has them.
     */
    List<String> firstIds(JmapType type, TypeStorage storage, String accountId, MethodContext context, CallAccess access,
                          int needed) {
        return evaluation.ids(type, storage, accountId, context, access, needed);
    }

    private static Evaluation records(QuerySupport support, JsonNode filter, List<SortProperty> sort)
        throws MethodErrorException {
        Predicate<ObjectNode> predicate = FilterCompiler.forRecords(support).compile(filter);
        Comparator<ObjectNode> order = SortCompiler.forRecords(support).compile(sort);
        return (type, storage, accountId, context, access, needed) -> {
            RecordViews views = new RecordViews(type);
            return storage.all(accountId).stream()
                .filter(access::canRead)
                .map(stored -> views.view(accountId, stored, context))
                .flatMap(record -> support.expand(record).stream())
                .filter(predicate)
                .sorted(order)
                .map(record -> record.path("id").asText())
                .toList();
        };
    }

    /** Filters the snapshot's cached order for this sort: no sort per query, no stored record read. */
    private static <V extends QueryView> Evaluation indexed(IndexedQuerySupport<V> support, JsonNode filter,
                                                           List<SortProperty> sort) throws MethodErrorException {
        Predicate<V> predicate = new FilterCompiler<V>(support::compileViewCondition).compile(filter);
        Comparator<V> order = new SortCompiler<V>(support::viewComparator, QueryView::id).compile(sort);
        String orderKey = sort.toString();
        return (type, storage, accountId, context, access, needed) -> {
            List<String> ids = new ArrayList<>();
            for (V view : support.index().current(accountId, storage).sorted(orderKey, order)) {
                if (ids.size() >= needed) {
                    break;
                }
                if ((access.isFull() || access.canReadItemsOf(view.containerIds())) && predicate.test(view)) {
                    ids.add(view.id());
                }
            }
            return ids;
        };
    }
}
