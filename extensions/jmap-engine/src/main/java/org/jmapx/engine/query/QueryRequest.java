package org.jmapx.engine.query;

import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.argument.Arguments;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.RecordViews;
import org.jmapx.engine.type.TypeStorage;

/** The filter and sort of a /query or /queryChanges call, and the ids they select now. */
final class QueryRequest {
    private final JsonNode filter;
    private final List<SortProperty> sort;
    private final Predicate<ObjectNode> predicate;
    private final java.util.Comparator<ObjectNode> order;

    private QueryRequest(JsonNode filter, List<SortProperty> sort, Predicate<ObjectNode> predicate,
                         java.util.Comparator<ObjectNode> order) {
        this.filter = filter;
        this.sort = sort;
        this.predicate = predicate;
        this.order = order;
    }

    static QueryRequest read(Arguments args, QuerySupport support) throws MethodErrorException {
        JsonNode filter = args.value("filter");
        List<SortProperty> sort = SortCompiler.parse(args.value("sort"));
        return new QueryRequest(filter, sort, new FilterCompiler(support).compile(filter),
            new SortCompiler(support).compile(sort));
    }

    boolean canCalculateChanges(QuerySupport support) {
        return support.canCalculateChanges(filter, sort);
    }

    List<String> ids(JmapType type, TypeStorage storage, String accountId, MethodContext context) {
        RecordViews views = new RecordViews(type);
        return storage.all(accountId).stream()
            .map(stored -> views.view(accountId, stored, context))
            .filter(predicate)
            .sorted(order)
            .map(record -> record.path("id").asText())
            .toList();
    }
}
