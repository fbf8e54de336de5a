package org.jmapx.engine.query;

/** One Comparator of a /query "sort" argument (RFC 8620 5.5); collation is null when not given. */
public record SortProperty(String property, boolean isAscending, String collation) {
}
