package org.jmapx.it.cassandra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.james.GuiceJamesServer;
import org.jmapx.it.CassandraFlavour;
import org.jmapx.it.JmapClient;
import org.jmapx.server.DefaultConfiguration;
import org.jmapx.server.JmapxServerFactory;
import org.jmapx.server.ServerSettings;
import org.jmapx.server.Storage;

/**
 * A JMAPX home (conf/ as shipped plus cassandra.properties and an SMTP server) on a given keyspace, from
 * which servers can be started one after the other: what an operator restarting JMAPX does.
 */
final class CassandraServerHome {
    static final String PASSWORD = "secret";

    private final Path home;
    private final int smtpPort = freePort();
    private int jmapPort;
    private GuiceJamesServer server;

    CassandraServerHome(String contactPoints, String keyspace, String extraProperties) {
        try {
            home = Files.createTempDirectory("jmapx-cassandra-it");
            DefaultConfiguration.writeMissingFiles(home.resolve("conf"));
            CassandraFlavour.writeCassandraProperties(home.resolve("conf"), contactPoints, keyspace, extraProperties);
            CassandraFlavour.writeSmtpServer(home.resolve("conf"), smtpPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a server on this home, on fresh JMAP and WebAdmin ports (the SMTP port stays). */
    GuiceJamesServer start() throws Exception {
        jmapPort = freePort();
        server = JmapxServerFactory.create(new ServerSettings(home, Storage.CASSANDRA, Optional.of(jmapPort), Optional.of(freePort())));
        server.start();
        return server;
    }

    void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    GuiceJamesServer server() {
        return server;
    }

    int smtpPort() {
        return smtpPort;
    }

    JmapClient client(String username) {
        return new JmapClient(jmapPort, username, PASSWORD);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
