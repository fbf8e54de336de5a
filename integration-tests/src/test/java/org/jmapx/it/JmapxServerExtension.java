package org.jmapx.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.james.GuiceJamesServer;
import org.apache.james.utils.DataProbeImpl;
import org.jmapx.server.DefaultConfiguration;
import org.jmapx.server.JmapxServerFactory;
import org.jmapx.server.ServerSettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the assembled JMAPX server in-process, once per test class, exactly as an operator
 * would run it (same conf files), on free loopback ports, with two users.
 */
public class JmapxServerExtension implements BeforeAllCallback, AfterAllCallback {
    public static final String BOB = "bob@example.com";
    public static final String ALICE = "alice@example.com";
    public static final String PASSWORD = "secret";

    private final Flavour flavour;
    private GuiceJamesServer server;
    private Path home;
    private int jmapPort;
    private int webAdminPort;

    public JmapxServerExtension(Flavour flavour) {
        this.flavour = flavour;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("jmapx-it");
        DefaultConfiguration.writeMissingFiles(home.resolve("conf"));
        flavour.prepare(home.resolve("conf"), context);
        jmapPort = freePort();
        webAdminPort = freePort();
        server = JmapxServerFactory.create(new ServerSettings(home, flavour.storage(),
            java.util.Optional.of(jmapPort), java.util.Optional.of(webAdminPort)));
        server.start();
        DataProbeImpl data = server.getProbe(DataProbeImpl.class);
        data.addDomain("example.com");
        data.addUser(BOB, PASSWORD);
        data.addUser(ALICE, PASSWORD);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.stop();
        }
    }

    public JmapClient client(String username) {
        return new JmapClient(jmapPort, username, PASSWORD);
    }

    public int jmapPort() {
        return jmapPort;
    }

    public int webAdminPort() {
        return webAdminPort;
    }

    public GuiceJamesServer server() {
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
