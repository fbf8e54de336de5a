package org.jmapx.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapx.server.Storage;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Cassandra flavour: James's mail and every JMAPX store in the keyspace the {@link CassandraExtension}
 * made for the test class (conf/cassandra.properties), and an SMTP server on a free loopback port
 * ({@link #smtpPort()}) so tests can deliver mail as a client would.
 */
public class CassandraFlavour implements Flavour {
    private final CassandraExtension cassandra;
    private final int smtpPort = freePort();
    private String extraProperties = "";

    public CassandraFlavour(CassandraExtension cassandra) {
        this.cassandra = cassandra;
    }

    /** Lines appended to cassandra.properties (e.g. consistency levels). */
    public CassandraFlavour withProperties(String lines) {
        this.extraProperties = lines;
        return this;
    }

    public int smtpPort() {
        return smtpPort;
    }

    @Override
    public Storage storage() {
        return Storage.CASSANDRA;
    }

    @Override
    public void prepare(Path confDirectory, ExtensionContext context) throws Exception {
        writeCassandraProperties(confDirectory, cassandra.contactPoints().toString(), cassandra.keyspace(), extraProperties);
        writeSmtpServer(confDirectory, smtpPort);
    }

    /** cassandra.properties for the test Cassandra; keys in {@code extra} replace the defaults. */
    public static void writeCassandraProperties(Path confDirectory, String contactPoints, String keyspace, String extra) throws IOException {
        java.util.List<String> defaults = java.util.List.of(
            "cassandra.nodes=" + contactPoints,
            "cassandra.keyspace=" + keyspace,
            "cassandra.replication.factor=1",
            "cassandra.local.dc=datacenter1",
            "cassandra.retryConnection.maxRetries=2",
            "cassandra.retryConnection.minDelay=1000");
        StringBuilder properties = new StringBuilder();
        defaults.stream()
            .filter(line -> !extra.contains(line.substring(0, line.indexOf('=') + 1)))
            .forEach(line -> properties.append(line).append('\n'));
        Files.writeString(confDirectory.resolve("cassandra.properties"), properties.append(extra).append('\n').toString());
    }

    /** An SMTP server on 127.0.0.1:port relaying nothing: it accepts mail for local users only. */
    public static void writeSmtpServer(Path confDirectory, int port) throws IOException {
        Files.writeString(confDirectory.resolve("smtpserver.xml"), """
            <?xml version="1.0"?>
            <smtpservers>
                <smtpserver enabled="true">
                    <jmxName>smtpserver-test</jmxName>
                    <bind>127.0.0.1:%d</bind>
                    <connectionBacklog>200</connectionBacklog>
                    <tls socketTLS="false" startTLS="false"/>
                    <connectiontimeout>360</connectiontimeout>
                    <connectionLimit>0</connectionLimit>
                    <connectionLimitPerIP>0</connectionLimitPerIP>
                    <authRequired>false</authRequired>
                    <verifyIdentity>false</verifyIdentity>
                    <maxmessagesize>0</maxmessagesize>
                    <addressBracketsEnforcement>true</addressBracketsEnforcement>
                    <smtpGreeting>JMAPX test SMTP</smtpGreeting>
                    <handlerchain>
                        <handler class="org.apache.james.smtpserver.fastfail.ValidRcptHandler"/>
                        <handler class="org.apache.james.smtpserver.CoreCmdHandlerLoader"/>
                    </handlerchain>
                </smtpserver>
            </smtpservers>
            """.formatted(port));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "cassandra";
    }
}
