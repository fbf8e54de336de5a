package org.jmapx.smime.sign;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import org.jmapx.smime.encrypt.SmimeEncryptor;

/**
 * Turns a complete message into its S/MIME form for the Email/set extension: signed
 * (multipart/signed), encrypted (enveloped-data), or signed then encrypted (RFC 8551 3.7: the
 * signature is inside, so only the recipients see who signed).
 */
public final class SmimeComposer {
    private SmimeComposer() {
    }

    public static byte[] compose(byte[] message, Optional<SigningIdentity> signer, List<X509Certificate> encryptFor) {
        MessageParts parts = MessageParts.split(message);
        byte[] entity = parts.entity();
        if (signer.isPresent()) {
            entity = SmimeSigner.multipartSigned(entity, signer.get());
        }
        if (!encryptFor.isEmpty()) {
            entity = SmimeEncryptor.envelope(entity, encryptFor);
        }
        return parts.join(entity);
    }
}
