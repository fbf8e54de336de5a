package org.jmapx.it.smime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

import org.jmapx.it.Flavour;
import org.jmapx.server.Storage;
import org.jmapx.smime.testing.TestPki;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A flavour whose conf/smime.properties trusts the test PKI's root; anchors can be rewritten while the server runs. */
class SmimeFlavour implements Flavour {
    static final String ANCHORS_FILE = "smime-anchors.pem";
    static final String KEYS_SECRET = "integration-test secret";

    private final Flavour delegate;
    private final X509Certificate root;
    private Path confDirectory;

    SmimeFlavour(Flavour delegate, X509Certificate root) {
        this.delegate = delegate;
        this.root = root;
    }

    @Override
    public Storage storage() {
        return delegate.storage();
    }

    @Override
    public void prepare(Path confDirectory, ExtensionContext context) throws Exception {
        delegate.prepare(confDirectory, context);
        this.confDirectory = confDirectory;
        Files.writeString(confDirectory.resolve("smime.properties"), "smime.trustAnchors.pem=" + ANCHORS_FILE + "\n"
            + "smime.keys.secret=" + KEYS_SECRET + "\n");
        trust(root);
    }

    /** Replaces the trust anchors with these certificates. */
    void trust(X509Certificate... anchors) throws Exception {
        Files.writeString(confDirectory.resolve(ANCHORS_FILE), TestPki.pem((Object[]) anchors));
    }

    @Override
    public String toString() {
        return delegate + " with S/MIME";
    }
}
