package org.jmapx.smime.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.jmapx.smime.SmimeStatus;
import org.jmapx.smime.Verification;
import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.sign.SmimeComposer;
import org.jmapx.smime.testing.TestMessages;
import org.jmapx.smime.testing.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EncryptedVerificationTest {
    private static final String ALICE = "alice@example.com";
    private static final String BOB = "bob@example.com";

    private static SigningIdentity alice;
    private static SigningIdentity bob;
    private static SigningIdentity carol;
    private static SigningIdentity mallory;
    private static TrustAnchors anchors;
    private final SmimeVerifier verifier = new SmimeVerifier(Clock.systemUTC());

    @BeforeAll
    static void createPki() {
        TestPki pki = TestPki.create();
        alice = pki.user(ALICE);
        bob = pki.user(BOB);
        carol = pki.user("carol@example.com");
        mallory = pki.untrustedUser(ALICE);
        anchors = new TrustAnchors(List.of(pki.rootCertificate()), List.of());
    }

    private static byte[] signedThenEncrypted(SigningIdentity signer, SigningIdentity recipient) {
        return SmimeComposer.compose(TestMessages.plain(ALICE, BOB, "secret", "hello bob"), Optional.of(signer),
            List.of(recipient.certificate()));
    }

    private Verification verifyAs(byte[] message, Optional<SigningIdentity> key) {
        return verifier.verify(message, anchors, Instant.now(), () -> key);
    }

    @Test
    void signedThenEncryptedForTheUserShouldBeEncryptedSignedVerified() {
        Verification verification = verifyAs(signedThenEncrypted(alice, bob), Optional.of(bob));

        assertThat(verification.errors()).isEmpty();
        assertThat(verification.status()).isEqualTo(SmimeStatus.ENCRYPTED_SIGNED_VERIFIED);
        assertThat(verification.status().jmapValue()).contains("encrypted+signed/verified");
        assertThat(verification.status().isVerified()).isTrue();
    }

    @Test
    void anUntrustedSignatureInsideShouldBeEncryptedSignedFailed() {
        Verification verification = verifyAs(signedThenEncrypted(mallory, bob), Optional.of(bob));

        assertThat(verification.status()).isEqualTo(SmimeStatus.ENCRYPTED_SIGNED_FAILED);
        assertThat(verification.status().jmapValue()).contains("encrypted+signed/failed");
        assertThat(verification.errors()).isNotEmpty();
    }

    @Test
    void aSignerNotMatchingTheOuterFromShouldFail() {
        Verification verification = verifyAs(signedThenEncrypted(carol, bob), Optional.of(bob));

        assertThat(verification.status()).isEqualTo(SmimeStatus.ENCRYPTED_SIGNED_FAILED);
        assertThat(verification.errors()).contains("the From address does not match the signer's certificate");
    }

    @Test
    void withoutAKeyTheMessageShouldStayUnknown() {
        assertThat(verifyAs(signedThenEncrypted(alice, bob), Optional.empty()).status()).isEqualTo(SmimeStatus.UNKNOWN);
        assertThat(verifier.verify(signedThenEncrypted(alice, bob), anchors, Instant.now()).status())
            .isEqualTo(SmimeStatus.UNKNOWN);
    }

    @Test
    void aKeyTheMessageIsNotEncryptedToShouldLeaveItUnknown() {
        assertThat(verifyAs(signedThenEncrypted(alice, bob), Optional.of(carol)).status()).isEqualTo(SmimeStatus.UNKNOWN);
    }

    @Test
    void encryptedOnlyShouldBeUnknown() {
        byte[] message = SmimeComposer.compose(TestMessages.plain(ALICE, BOB, "secret", "hello"), Optional.empty(),
            List.of(bob.certificate()));

        assertThat(verifyAs(message, Optional.of(bob)).status()).isEqualTo(SmimeStatus.UNKNOWN);
    }

    @Test
    void aCorruptedEnvelopeShouldBeUnknownNotAFailure() {
        byte[] message = TestMessages.replace(signedThenEncrypted(alice, bob), "\r\n\r\nM", "\r\n\r\nA");

        assertThat(verifyAs(message, Optional.of(bob)).status()).isIn(SmimeStatus.UNKNOWN, SmimeStatus.SIGNED_FAILED);
    }

    @Test
    void theKeyShouldBeAskedForOnlyForEncryptedMessages() {
        AtomicInteger asked = new AtomicInteger();
        verifier.verify(TestMessages.multipartSigned(ALICE, BOB, "hi", "hello", alice), anchors, Instant.now(), () -> {
            asked.incrementAndGet();
            return Optional.of(bob);
        });

        assertThat(asked).hasValue(0);
    }

    @Test
    void verifiedSignersShouldBeReportedWithTheFromAddressTheyCarry() {
        List<String> learned = new java.util.ArrayList<>();
        verifier.verify(signedThenEncrypted(alice, bob), anchors, Instant.now(), () -> Optional.of(bob),
            (from, signer) -> learned.add(from + " " + signer.getSerialNumber()));
        verifier.verify(TestMessages.multipartSigned(ALICE, BOB, "hi", "hello", alice), anchors, Instant.now(),
            Optional::empty, (from, signer) -> learned.add(from + " " + signer.getSerialNumber()));

        assertThat(learned).containsExactly(ALICE + " " + alice.certificate().getSerialNumber(),
            ALICE + " " + alice.certificate().getSerialNumber());
    }

    @Test
    void failedSignaturesShouldTeachNothing() {
        List<String> learned = new java.util.ArrayList<>();
        verifier.verify(signedThenEncrypted(mallory, bob), anchors, Instant.now(), () -> Optional.of(bob),
            (from, signer) -> learned.add(from));
        verifier.verify(TestMessages.multipartSigned(ALICE, BOB, "hi", "hello", carol), anchors, Instant.now(),
            Optional::empty, (from, signer) -> learned.add(from));

        assertThat(learned).isEmpty();
    }
}
