package org.jmapx.server;

/** Where the JMAPX stores and change log live. */
public enum Storage {
    /** Everything in memory: the embedded default, nothing survives a restart. */
    MEMORY,
    /**
     * James's mail data (users, domains, mailboxes, messages, blobs, JMAP state, ...) and every JMAPX
     * store in one Apache Cassandra keyspace (conf/cassandra.properties); the mail queue, event bus and
     * task manager stay in memory (see docs/operators/cassandra.md).
     */
    CASSANDRA;

    public static Storage parse(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "memory" -> MEMORY;
            case "cassandra" -> CASSANDRA;
            default -> throw new IllegalArgumentException("Unknown storage '" + value + "': use memory or cassandra");
        };
    }
}
