package org.jmapx.engine.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodErrorException;

/**
 * Compiles a /query "filter": FilterOperator nesting here, FilterConditions by the type, into a test
 * on whatever the type queries (records, or the precomputed views of a {@link QueryIndex}).
 */
final class FilterCompiler<T> {
    /** Compiles one FilterCondition. */
    interface ConditionCompiler<T> {
        Predicate<T> compile(ObjectNode condition) throws UnsupportedFilterException;
    }

    private final ConditionCompiler<T> conditions;

    FilterCompiler(ConditionCompiler<T> conditions) {
        this.conditions = conditions;
    }

    static FilterCompiler<ObjectNode> forRecords(QuerySupport support) {
        return new FilterCompiler<>(support::compileCondition);
    }

    /** A null filter matches everything. */
    Predicate<T> compile(JsonNode filter) throws MethodErrorException {
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
            // Malformed, not merely unsupported: unsupportedFilter is for syntactically valid filters (RFC 8620 5.5).
            throw MethodErrorException.invalidArguments(
                "A FilterOperator has exactly a String operator and a list of conditions");
        }
        List<Predicate<T>> compiled = new ArrayList<>();
        for (JsonNode condition : conditions) {
            compiled.add(compile(condition));
        }
        return switch (operator.asText()) {
            case "AND" -> record -> countMatches(compiled, record, true) == compiled.size();
            case "OR" -> record -> countMatches(compiled, record, false) > 0;
            case "NOT" -> record -> countMatches(compiled, record, false) == 0;
            default -> throw unsupported("Unknown operator " + operator.asText());
        };
    }

    /**
     * Plain loop rather than streams: a filter runs once per record of the account (10,000 cards), so
     * its per-call overhead matters. Stops at the first miss ({@code all}) or the first match.
     */
    private static <T> int countMatches(List<Predicate<T>> predicates, T record, boolean all) {
        int matches = 0;
        for (Predicate<T> predicate : predicates) {
            if (predicate.test(record)) {
                matches++;
                if (!all) {
                    return matches;
                }
            } else if (all) {
                return matches;
            }
        }
        return matches;
    }

    private Predicate<T> condition(ObjectNode condition) throws MethodErrorException {
        try {
            return conditions.compile(condition);
        } catch (UnsupportedFilterException e) {
            throw unsupported(e.getMessage());
        }
    }

    private static MethodErrorException unsupported(String description) {
        return new MethodErrorException("unsupportedFilter", description);
    }
}
