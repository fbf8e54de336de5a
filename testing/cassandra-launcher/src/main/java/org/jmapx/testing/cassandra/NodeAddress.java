package org.jmapx.testing.cassandra;

import java.net.InetSocketAddress;

/**
 * Where node {@code index} (1-based) of a cluster listens: every node has its own loopback address
 * 127.0.0.(firstHost + index - 1) so that all of them can use the standard ports, except JMX, which
 * Cassandra binds to 127.0.0.1 only and therefore gets a port per address. A cluster starting at a
 * higher {@code firstHost} can run beside the shared one on 127.0.0.1 (the launcher's own tests do).
 */
record NodeAddress(int index, int firstHost) {
    static final int CQL_PORT = 9042;
    static final int STORAGE_PORT = 7000;
    private static final int FIRST_JMX_PORT = 7199;

    NodeAddress {
        if (index < 1 || firstHost < 1 || firstHost + index - 1 > 254) {
            throw new IllegalArgumentException("node " + index + " from 127.0.0." + firstHost + " is not a loopback address");
        }
    }

    int hostNumber() {
        return firstHost + index - 1;
    }

    String host() {
        return "127.0.0." + hostNumber();
    }

    int jmxPort() {
        return FIRST_JMX_PORT + 100 * (hostNumber() - 1);
    }

    NodeAddress seed() {
        return new NodeAddress(1, firstHost);
    }

    InetSocketAddress cql() {
        return new InetSocketAddress(host(), CQL_PORT);
    }

    InetSocketAddress storage() {
        return new InetSocketAddress(host(), STORAGE_PORT);
    }

    InetSocketAddress jmx() {
        return new InetSocketAddress("127.0.0.1", jmxPort());
    }
}
