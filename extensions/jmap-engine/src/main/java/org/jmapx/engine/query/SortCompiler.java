package org.jmapx.engine.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodErrorException;

/** Reads a /query "sort" and builds the order, ties broken by id so that results are stable. */
final class SortCompiler<T> {
    /** The order of one sort property and collation, empty when unsupported. */
    interface ComparatorSource<T> {
        Optional<Comparator<T>> comparator(String property, String collation);
    }

    private final ComparatorSource<T> comparators;
    private final Function<T, String> idOf;

    SortCompiler(ComparatorSource<T> comparators, Function<T, String> idOf) {
        this.comparators = comparators;
        this.idOf = idOf;
    }

    static SortCompiler<ObjectNode> forRecords(QuerySupport support) {
        return new SortCompiler<>(support::comparator, record -> record.path("id").asText());
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

    Comparator<T> compile(List<SortProperty> sort) throws MethodErrorException {
        Comparator<T> order = (a, b) -> 0;
        for (SortProperty property : sort) {
            Comparator<T> one = comparators.comparator(property.property(), property.collation())
                .orElseThrow(() -> new MethodErrorException("unsupportedSort",
                    "Cannot sort on " + property.property() + " with collation " + property.collation()));
            order = order.thenComparing(property.isAscending() ? one : one.reversed());
        }
        return order.thenComparing(idOf);
    }
}
