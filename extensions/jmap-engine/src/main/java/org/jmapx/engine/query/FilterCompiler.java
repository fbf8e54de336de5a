package org.jmapx.engine.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodErrorException;

/** Compiles a /query "filter": FilterOperator nesting here, FilterConditions by the type. */
final class FilterCompiler {
    private final QuerySupport support;

    FilterCompiler(QuerySupport support) {
        this.support = support;
    }

    /** A null filter matches everything. */
    Predicate<ObjectNode> compile(JsonNode filter) throws MethodErrorException {
        if (filter == null || filter.isNull()) {
            return record -> true;
        }
        if (!filter.isObject()) {
            throw MethodErrorException.invalidArguments("'filter' must be an object");
        }
        JsonNode operator = filter.get("operator");
        if (operator == null) {
            return condition((ObjectNode) filter);
        }
        JsonNode conditions = filter.get("conditions");
        if (!operator.isTextual() || conditions == null || !conditions.isArray() || filter.size() != 2) {
            throw unsupported("A FilterOperator has exactly a String operator and a list of conditions");
        }
        List<Predicate<ObjectNode>> compiled = new ArrayList<>();
        for (JsonNode condition : conditions) {
            compiled.add(compile(condition));
        }
        return switch (operator.asText()) {
            case "AND" -> record -> compiled.stream().allMatch(p -> p.test(record));
            case "OR" -> record -> compiled.stream().anyMatch(p -> p.test(record));
            case "NOT" -> record -> compiled.stream().noneMatch(p -> p.test(record));
            default -> throw unsupported("Unknown operator " + operator.asText());
        };
    }

    private Predicate<ObjectNode> condition(ObjectNode condition) throws MethodErrorException {
        try {
            return support.compileCondition(condition);
        } catch (UnsupportedFilterException e) {
            throw unsupported(e.getMessage());
        }
    }

    private static MethodErrorException unsupported(String description) {
        return new MethodErrorException("unsupportedFilter", description);
    }
}
