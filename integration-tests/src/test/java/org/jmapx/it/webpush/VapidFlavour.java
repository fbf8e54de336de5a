package org.jmapx.it.webpush;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.util.Base64;

import org.jmapx.it.Flavour;
import org.jmapx.server.Storage;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A flavour whose Web Push client may reach the loopback push service (James refuses local addresses by
 * default, against SSRF), with a VAPID subject in conf/webpush-vapid.properties and no key file: the server
 * generates it at first start.
 */
class VapidFlavour implements Flavour {
    static final String SUBJECT = "mailto:push-admin@example.com";
    static final String KEY_FILE = "vapid-key.pem";

    private final Flavour delegate;
    private Path confDirectory;

    VapidFlavour(Flavour delegate) {
        this.delegate = delegate;
    }

    @Override
    public Storage storage() {
        return delegate.storage();
    }

    @Override
    public void prepare(Path confDirectory, ExtensionContext context) throws Exception {
        delegate.prepare(confDirectory, context);
        this.confDirectory = confDirectory;
        Files.writeString(confDirectory.resolve("jmap.properties"), "\nwebpush.prevent.server.side.request.forgery=false\n",
            StandardOpenOption.APPEND);
        Files.writeString(confDirectory.resolve("webpush-vapid.properties"), "vapid.subject=" + SUBJECT + "\n");
    }

    Path keyFile() {
        return confDirectory.resolve(KEY_FILE);
    }

    /** Replaces the key file as an operator rotating the key would (openssl's PEM layout). */
    void rotate(KeyPair pair) throws Exception {
        Path next = confDirectory.resolve(KEY_FILE + ".next");
        Files.writeString(next, pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded()),
            StandardCharsets.US_ASCII);
        Files.move(next, keyFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
            + "\n-----END " + type + "-----\n";
    }

    @Override
    public String toString() {
        return delegate + " with VAPID";
    }
}
