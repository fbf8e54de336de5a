package org.jmapx.smime.decrypt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.bouncycastle.cms.CMSException;
import org.jmapx.smime.encrypt.SmimeDecryptor;
import org.jmapx.smime.mime.MimeEntity;
import org.jmapx.smime.mime.SmimeLayer;
import org.jmapx.smime.mime.SmimeLayers;
import org.jmapx.smime.sign.SigningIdentity;

/**
 * The readable form of a message encrypted to its reader (smime-advanced automatic decryption): the
 * outer header fields the user sees (From, Subject, Date...) followed by the decrypted MIME entity,
 * which brings its own Content-* fields. Signed layers inside are kept as they are, so the message
 * reads like any signed message and its signature stays checkable.
 */
public final class MessageDecryption {
    /** Enveloped inside enveloped is legal but rare; a bound keeps a hostile message from looping. */
    private static final int MAX_ENVELOPES = 3;

    private MessageDecryption() {
    }

    /**
     * The decrypted message, or empty when the message is not enveloped-data, is not addressed to
     * {@code identity}'s certificate, or cannot be opened (corrupted CMS).
     */
    public static Optional<byte[]> decrypt(byte[] message, SigningIdentity identity) {
        try {
            MimeEntity outer = MimeEntity.parse(message);
            byte[] content = null;
            MimeEntity current = outer;
            for (int depth = 0; depth < MAX_ENVELOPES; depth++) {
                if (!(SmimeLayers.of(current) instanceof SmimeLayer.Enveloped enveloped)) {
                    break;
                }
                Optional<byte[]> opened = SmimeDecryptor.decrypt(enveloped.cms(), identity);
                if (opened.isEmpty()) {
                    return Optional.empty();
                }
                content = opened.get();
                current = MimeEntity.parse(content);
            }
            return Optional.ofNullable(content).map(inner -> withOuterHeaders(outer, inner));
        } catch (CMSException | RuntimeException e) {
            // not addressed to this key, or corrupted: the message is shown as it is stored
            return Optional.empty();
        }
    }

    /** Whether the message's top entity is S/MIME enveloped-data (or authEnveloped-data). */
    public static boolean isEncrypted(byte[] message) {
        try {
            return SmimeLayers.of(MimeEntity.parse(message)) instanceof SmimeLayer.Enveloped;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static byte[] withOuterHeaders(MimeEntity outer, byte[] inner) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(inner.length + 1024);
        String header = new String(outer.rawHeader(), StandardCharsets.ISO_8859_1);
        boolean keep = false;
        for (String line : header.split("\r?\n", -1)) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (!continuation) {
                // the outer Content-* fields describe the CMS wrapper, the inner entity brings its own
                keep = !line.isEmpty() && !line.toLowerCase(Locale.ROOT).startsWith("content-");
            }
            if (keep) {
                out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
                out.writeBytes(new byte[] {'\r', '\n'});
            }
        }
        out.writeBytes(inner);
        return out.toByteArray();
    }
}
