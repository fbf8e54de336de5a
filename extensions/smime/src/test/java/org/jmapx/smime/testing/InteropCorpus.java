package org.jmapx.smime.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.jmapx.smime.sign.SigningIdentity;

/**
 * The messages, certificates and keys that {@code src/test/resources/interop/generate.sh} made with
 * the openssl command-line tool, and openssl's verdict on each (MANIFEST.tsv). Nothing here is made
 * by JMAPX or Bouncy Castle, so agreeing with it is agreeing with another implementation.
 */
public final class InteropCorpus {
    private static final String ROOT = "/interop/";

    private InteropCorpus() {
    }

    /** One line of MANIFEST.tsv: a message and what openssl said of it. */
    public record Entry(String message, String opensslVerdict) {
        public boolean encrypted() {
            return message.startsWith("enc-");
        }

        public boolean opensslVerified() {
            return opensslVerdict.equals("verified");
        }

        @Override
        public String toString() {
            return message + " (openssl: " + opensslVerdict + ")";
        }
    }

    public static List<Entry> manifest() {
        return new String(read("MANIFEST.tsv"), StandardCharsets.UTF_8).lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(line -> line.split("\t"))
            .map(columns -> new Entry(columns[0], columns[1]))
            .toList();
    }

    public static byte[] message(String name) {
        return read("messages/" + name);
    }

    /** The CA that issued every signer and recipient except untrusted-signer: the trust anchor openssl was given. */
    public static X509Certificate caCertificate() {
        return certificate("ca");
    }

    public static X509Certificate certificate(String name) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(read("pki/" + name + ".crt")));
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** rsa-recipient, ec-recipient, rsa-signer...: the key openssl generated with its certificate. */
    public static SigningIdentity identity(String name) {
        try (PEMParser parser = new PEMParser(new InputStreamReader(new ByteArrayInputStream(read("pki/" + name + ".key")), StandardCharsets.US_ASCII))) {
            PrivateKeyInfo key = PrivateKeyInfo.getInstance(parser.readObject());
            return new SigningIdentity(new JcaPEMKeyConverter().getPrivateKey(key), certificate(name), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = InteropCorpus.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no interop resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
