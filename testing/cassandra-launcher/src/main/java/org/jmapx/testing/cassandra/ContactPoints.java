package org.jmapx.testing.cassandra;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The CQL addresses of a cluster, in the form the system property {@code cassandra.contact-points} and
 * James's {@code cassandra.nodes} use: {@code 127.0.0.1:9042,127.0.0.2:9042} (the port defaults to 9042).
 */
public record ContactPoints(List<InetSocketAddress> addresses) {
    public static final String SYSTEM_PROPERTY = "cassandra.contact-points";
    public static final String LOCAL_DATACENTER = "datacenter1";

    public ContactPoints {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("at least one contact point is needed");
        }
        addresses = List.copyOf(addresses);
    }

    public static ContactPoints parse(String value) {
        return new ContactPoints(Arrays.stream(value.split(","))
            .map(String::trim)
            .filter(part -> !part.isEmpty())
            .map(ContactPoints::address)
            .toList());
    }

    private static InetSocketAddress address(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon < 0) {
            return new InetSocketAddress(hostAndPort, NodeAddress.CQL_PORT);
        }
        return new InetSocketAddress(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return addresses.stream()
            .map(address -> address.getHostString() + ":" + address.getPort())
            .collect(Collectors.joining(","));
    }
}
