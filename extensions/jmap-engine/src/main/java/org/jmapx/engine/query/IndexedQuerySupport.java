package org.jmapx.engine.query;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * QuerySupport of a type whose /query and /queryChanges run over the precomputed views of a
 * {@link QueryIndex} instead of the stored records. The engine then never reads every record of
 * the account per query: it asks the index for a snapshot at the current state.
 *
 * <p>Filters and sorts must only depend on the record itself (its view), so that the engine's
 * /queryChanges stays exact; computed properties are not visible to them.
 */
public interface IndexedQuerySupport<V extends QueryView> extends QuerySupport {
    QueryIndex<V> index();

    /**
     * Compiles one FilterCondition (never a FilterOperator) into a test on views.
     *
     * @throws UnsupportedFilterException for an unknown or malformed condition
     */
    Predicate<V> compileViewCondition(ObjectNode condition) throws UnsupportedFilterException;

    /** The order of one sort property with the given collation (null = the default); empty when unsupported. */
    Optional<Comparator<V>> viewComparator(String property, String collation);
}
