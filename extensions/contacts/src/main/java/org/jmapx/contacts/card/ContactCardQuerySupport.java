package org.jmapx.contacts.card;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.query.IndexedQuerySupport;
import org.jmapx.engine.query.QueryIndex;
import org.jmapx.engine.query.UnsupportedFilterException;

/**
 * ContactCard/query and /queryChanges over the query index. Every filter and sort reads the card itself,
 * so the engine's /queryChanges is exact for all of them, text filters included.
 */
final class ContactCardQuerySupport implements IndexedQuerySupport<ContactCardView> {
    private final QueryIndex<ContactCardView> index;

    ContactCardQuerySupport(QueryIndex<ContactCardView> index) {
        this.index = index;
    }

    @Override
    public QueryIndex<ContactCardView> index() {
        return index;
    }

    @Override
    public Predicate<ContactCardView> compileViewCondition(ObjectNode condition) throws UnsupportedFilterException {
        return ContactCardFilters.compile(condition);
    }

    @Override
    public Optional<Comparator<ContactCardView>> viewComparator(String property, String collation) {
        return ContactCardSorts.comparator(property, collation);
    }
}
