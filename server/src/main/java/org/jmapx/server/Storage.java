package org.jmapx.server;

/** Where the JMAPX stores and change log live. */
public enum Storage {
    /** Everything in memory: the embedded default, nothing survives a restart. */
    MEMORY,
    /** JMAPX stores in Apache Cassandra (cassandra.properties); James's own mail stays in memory. */
    CASSANDRA;

    public static Storage parse(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "memory" -> MEMORY;
            case "cassandra" -> CASSANDRA;
            default -> throw new IllegalArgumentException("Unknown storage '" + value + "': use memory or cassandra");
        };
    }
}
