package org.jmapx.smime.decrypt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.jmapx.smime.mime.MimeEntity;
import org.jmapx.smime.mime.SmimeLayer;
import org.jmapx.smime.mime.SmimeLayers;
import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.testing.InteropCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Enveloped-data (AES-CBC) and authEnveloped-data (AES-GCM) made by {@code openssl cms -encrypt} for
 * an RSA (key transport) and an EC P-256 (ECDH key agreement) recipient: each must open with the
 * recipient's openssl-generated key and show the body openssl encrypted.
 */
class MessageDecryptionInteropTest {
    private static final String SECRET = "The secret is 42. Grüße.";

    static Stream<InteropCorpus.Entry> encryptedMessages() {
        return InteropCorpus.manifest().stream().filter(InteropCorpus.Entry::encrypted);
    }

    private static SigningIdentity recipientOf(String message) {
        return InteropCorpus.identity(message.contains("ecdh") ? "ec-recipient" : "rsa-recipient");
    }

    @ParameterizedTest
    @MethodSource("encryptedMessages")
    void eachMessageOpensslEncryptedShouldOpenForItsRecipient(InteropCorpus.Entry entry) {
        assertThat(entry.opensslVerdict()).isEqualTo("decrypted");

        byte[] decrypted = MessageDecryption.decrypt(InteropCorpus.message(entry.message()), recipientOf(entry.message()))
            .orElseThrow(() -> new AssertionError(entry + " did not open"));

        MimeEntity message = MimeEntity.parse(decrypted);
        assertThat(message.header("Subject")).contains(entry.message());
        MimeEntity text = message.mimeType().equals("multipart/signed") ? MimeEntity.parse(message.parts().get(0)) : message;
        assertThat(text.mimeType()).isEqualTo("text/plain");
        assertThat(new String(text.decodedBody(), StandardCharsets.UTF_8)).contains(SECRET);
    }

    @Test
    void theCorpusShouldCoverCbcAndGcmForBothKindsOfRecipient() {
        assertThat(encryptedMessages().map(InteropCorpus.Entry::message))
            .contains("enc-aes128cbc-rsa.eml", "enc-aes256cbc-rsa.eml", "enc-aes256gcm-rsa.eml",
                "enc-aes128cbc-ecdh.eml", "enc-aes256gcm-ecdh.eml");
    }

    @Test
    void aGcmMessageShouldBeClassifiedAsEnveloped() {
        assertThat(SmimeLayers.of(MimeEntity.parse(InteropCorpus.message("enc-aes256gcm-ecdh.eml"))))
            .isInstanceOf(SmimeLayer.Enveloped.class);
    }

    @Test
    void aMessageShouldNotOpenWithAnotherRecipientsKey() {
        assertThat(MessageDecryption.decrypt(InteropCorpus.message("enc-aes128cbc-rsa.eml"), InteropCorpus.identity("ec-recipient")))
            .isEmpty();
    }
}
