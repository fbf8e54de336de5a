package org.jmapx.smime.encrypt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Encrypts a MIME entity as application/pkcs7-mime enveloped-data (RFC 8551 section 3.3) for
 * the given certificates. AES-256-CBC content encryption (RFC 8551 2.7, readable by every S/MIME client
 * and by openssl smime); RSA recipients get key transport, EC recipients ephemeral-static ECDH with
 * AES key wrap (RFC 5753).
 */
public final class SmimeEncryptor {
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private SmimeEncryptor() {
    }

    /** The Content-Type header and body of the enveloped-data entity holding {@code entity} (canonical CRLF form). */
    public static byte[] envelope(byte[] entity, List<X509Certificate> recipients) {
        return ("Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "Content-Disposition: attachment; filename=smime.p7m\r\n\r\n"
            + Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cms(entity, recipients))
            + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] cms(byte[] content, List<X509Certificate> recipients) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("no recipient to encrypt to");
        }
        try {
            CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
            for (X509Certificate recipient : recipients) {
                if (recipient.getPublicKey() instanceof ECPublicKey ecKey) {
                    KeyPairGenerator keys = KeyPairGenerator.getInstance("EC", PROVIDER);
                    keys.initialize(ecKey.getParams());
                    KeyPair ephemeral = keys.generateKeyPair();
                    generator.addRecipientInfoGenerator(new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF,
                        ephemeral.getPrivate(), ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP)
                        .addRecipient(recipient).setProvider(PROVIDER));
                } else {
                    generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient).setProvider(PROVIDER));
                }
            }
            return generator.generate(new CMSProcessableByteArray(content),
                new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).setProvider(PROVIDER).build()).getEncoded();
        } catch (GeneralSecurityException | CMSException | java.io.IOException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }
}
