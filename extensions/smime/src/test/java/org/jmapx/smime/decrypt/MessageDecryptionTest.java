package org.jmapx.smime.decrypt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.jmapx.smime.mime.MimeEntity;
import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.sign.SmimeComposer;
import org.jmapx.smime.testing.TestMessages;
import org.jmapx.smime.testing.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MessageDecryptionTest {
    private static final String ALICE = "alice@example.com";
    private static final String BOB = "bob@example.com";

    private static SigningIdentity alice;
    private static SigningIdentity bob;
    private static SigningIdentity carol;

    @BeforeAll
    static void createPki() {
        TestPki pki = TestPki.create();
        alice = pki.user(ALICE);
        bob = pki.user(BOB);
        carol = pki.user("carol@example.com");
    }

    private static byte[] encryptedForBob(Optional<SigningIdentity> signer) {
        return SmimeComposer.compose(TestMessages.plain(ALICE, BOB, "the plan", "meet at noon"), signer, List.of(bob.certificate()));
    }

    @Test
    void anEncryptedMessageShouldOpenForItsRecipientWithTheOuterHeadersAndTheInnerEntity() {
        byte[] decrypted = MessageDecryption.decrypt(encryptedForBob(Optional.empty()), bob).orElseThrow();

        MimeEntity message = MimeEntity.parse(decrypted);
        assertThat(message.header("Subject")).contains("the plan");
        assertThat(message.header("From")).contains(ALICE);
        assertThat(message.mimeType()).isEqualTo("text/plain");
        assertThat(new String(message.decodedBody(), StandardCharsets.UTF_8)).contains("meet at noon");
        // the wrapper's own Content-* fields are gone: no second Content-Type naming pkcs7-mime
        assertThat(new String(decrypted, StandardCharsets.ISO_8859_1)).doesNotContainIgnoringCase("pkcs7-mime");
    }

    @Test
    void aSignatureInsideShouldBeKeptSoItStaysCheckable() {
        byte[] decrypted = MessageDecryption.decrypt(encryptedForBob(Optional.of(alice)), bob).orElseThrow();

        assertThat(MimeEntity.parse(decrypted).mimeType()).isEqualTo("multipart/signed");
    }

    @Test
    void aMessageForSomeoneElseShouldNotOpen() {
        assertThat(MessageDecryption.decrypt(encryptedForBob(Optional.empty()), carol)).isEmpty();
    }

    @Test
    void aPlainOrSignedMessageShouldHaveNothingToDecrypt() {
        assertThat(MessageDecryption.decrypt(TestMessages.plain(ALICE, BOB, "hi", "text"), bob)).isEmpty();
        assertThat(MessageDecryption.decrypt(TestMessages.multipartSigned(ALICE, BOB, "hi", "text", alice), bob)).isEmpty();
        assertThat(MessageDecryption.isEncrypted(TestMessages.multipartSigned(ALICE, BOB, "hi", "text", alice))).isFalse();
        assertThat(MessageDecryption.isEncrypted(encryptedForBob(Optional.empty()))).isTrue();
    }

    @Test
    void corruptedCmsShouldNotOpenNorThrow() {
        byte[] garbage = TestMessages.withBody(ALICE, BOB, "broken",
            "Content-Type: application/pkcs7-mime; smime-type=enveloped-data\r\nContent-Transfer-Encoding: base64\r\n\r\nAAAAbm90IGNtcw==\r\n");

        assertThat(MessageDecryption.isEncrypted(garbage)).isTrue();
        assertThat(MessageDecryption.decrypt(garbage, bob)).isEmpty();
    }
}
