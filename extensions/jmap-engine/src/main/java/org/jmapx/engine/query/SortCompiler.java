package org.jmapx.engine.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodErrorException;

/** Reads a /query "sort" and builds the order, ties broken by id so that results are stable. */
final class SortCompiler {
    private final QuerySupport support;

    SortCompiler(QuerySupport support) {
        this.support = support;
    }

    static List<SortProperty> parse(JsonNode sort) throws MethodErrorException {
        List<SortProperty> properties = new ArrayList<>();
        if (sort == null || sort.isNull()) {
            return properties;
        }
        if (!sort.isArray()) {
            throw MethodErrorException.invalidArguments("'sort' must be a list of Comparators");
        }
        for (JsonNode comparator : sort) {
            JsonNode property = comparator.get("property");
            JsonNode ascending = comparator.path("isAscending");
            JsonNode collation = comparator.path("collation");
            if (!comparator.isObject() || property == null || !property.isTextual()
                || !(ascending.isMissingNode() || ascending.isBoolean())
                || !(collation.isMissingNode() || collation.isNull() || collation.isTextual())) {
                throw MethodErrorException.invalidArguments("Malformed Comparator " + comparator);
            }
            properties.add(new SortProperty(property.asText(), ascending.asBoolean(true),
                collation.isTextual() ? collation.asText() : null));
        }
        return properties;
    }

    Comparator<ObjectNode> compile(List<SortProperty> sort) throws MethodErrorException {
        Comparator<ObjectNode> order = (a, b) -> 0;
        for (SortProperty property : sort) {
            Comparator<ObjectNode> one = support.comparator(property.property(), property.collation())
                .orElseThrow(() -> new MethodErrorException("unsupportedSort",
                    "Cannot sort on " + property.property() + " with collation " + property.collation()));
            order = order.thenComparing(property.isAscending() ? one : one.reversed());
        }
        return order.thenComparing(record -> record.path("id").asText());
    }
}
