package org.jmapx.testing.cassandra;

/** Cassandra could not be set up, started or reached; the message carries the log tails that say why. */
public class CassandraStartException extends RuntimeException {
    public CassandraStartException(String message) {
        super(message);
    }

    public CassandraStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
