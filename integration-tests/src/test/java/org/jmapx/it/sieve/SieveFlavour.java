package org.jmapx.it.sieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.jmapx.it.CassandraFlavour;
import org.jmapx.it.Flavour;
import org.jmapx.server.Storage;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A flavour with an SMTP server on a free loopback port, on memory as on Cassandra, to deliver through the mailets. */
class SieveFlavour implements Flavour {
    private final Flavour delegate;
    private final int smtpPort = freePort();

    SieveFlavour(Flavour delegate) {
        this.delegate = delegate;
    }

    int smtpPort() {
        return smtpPort;
    }

    @Override
    public Storage storage() {
        return delegate.storage();
    }

    @Override
    public void prepare(Path confDirectory, ExtensionContext context) throws Exception {
        delegate.prepare(confDirectory, context);
        CassandraFlavour.writeSmtpServer(confDirectory, smtpPort);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return delegate + " with SMTP";
    }
}
