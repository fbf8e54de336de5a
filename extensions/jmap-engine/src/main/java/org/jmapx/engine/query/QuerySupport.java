package org.jmapx.engine.query;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a type contributes to /query and /queryChanges: its FilterCondition and sort properties.
 * The engine handles FilterOperator nesting, windowing and the id tie-break.
 */
public interface QuerySupport {
    QuerySupport NONE = new QuerySupport() { };

    /**
     * Compiles one FilterCondition (never a FilterOperator) into a test on records (computed
     * properties included).
     *
     * @throws UnsupportedFilterException for an unknown or malformed condition
     */
    default Predicate<ObjectNode> compileCondition(ObjectNode condition) throws UnsupportedFilterException {
        throw new UnsupportedFilterException("No filter condition is supported on this type");
    }

    /** The order of one sort property with the given collation (null = the server default); empty when unsupported. */
    default Optional<Comparator<ObjectNode>> comparator(String property, String collation) {
        return Optional.empty();
    }

    /**
     * Whether /queryChanges can answer for this filter and sort. The engine's answer reports every
     * changed record, which is exact for any filter evaluated on the record itself; a type whose
     * results depend on other data (full-text indexes, other types) says false.
     */
    default boolean canCalculateChanges(JsonNode filter, List<SortProperty> sort) {
        return true;
    }

    /**
     * The records a stored record stands for in this query: itself, or the occurrences of a recurring
     * CalendarEvent when the call expands recurrences. Filters and sorts then apply to each.
     */
    default java.util.List<ObjectNode> expand(ObjectNode record) {
        return java.util.List.of(record);
    }

    /** Names of the type's own /query and /queryChanges arguments (CalendarEvent's timeZone...). */
    default java.util.Set<String> extraArguments() {
        return java.util.Set.of();
    }

    /**
     * The support for one call, given its arguments (a time zone the filters are read in): the default,
     * argument-free support serves every call.
     *
     * @throws org.jmapx.engine.method.MethodErrorException invalidArguments for a malformed extra argument
     */
    default QuerySupport forCall(com.fasterxml.jackson.databind.node.ObjectNode arguments)
        throws org.jmapx.engine.method.MethodErrorException {
        return this;
    }
}
