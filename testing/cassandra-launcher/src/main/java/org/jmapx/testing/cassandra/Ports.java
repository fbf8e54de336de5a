package org.jmapx.testing.cassandra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** TCP probes: a port that accepts a connection is taken (before start) or ready (after start). */
final class Ports {
    private static final int CONNECT_TIMEOUT_MILLIS = 200;

    private Ports() {
    }

    static boolean accepts(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
