package org.jmapx.engine.query;

/**
 * A record as a {@link QueryIndex} keeps it: the few values its filters and sorts need, precomputed
 * (normalised search strings, sort keys) so that a query never parses or walks stored JSON.
 */
public interface QueryView {
    /** The id of the record this view was computed from. */
    String id();

    /** The containers of the record ({@link org.jmapx.engine.access.Membership}), for the caller's rights. */
    default java.util.Collection<String> containerIds() {
        return java.util.List.of();
    }
}
