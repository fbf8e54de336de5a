package org.jmapx.smime.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jmapx.smime.SmimeStatus;
import org.jmapx.smime.Verification;
import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.testing.TestMessages;
import org.jmapx.smime.testing.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SmimeVerifierTest {
    private static final String ALICE = "alice@example.com";
    private static final String BOB = "bob@example.com";

    private static TestPki pki;
    private static SigningIdentity alice;
    private static TrustAnchors anchors;
    private final SmimeVerifier verifier = new SmimeVerifier(Clock.systemUTC());

    @BeforeAll
    static void createPki() {
        pki = TestPki.create();
        alice = pki.user(ALICE);
        anchors = new TrustAnchors(List.of(pki.rootCertificate()), List.of());
    }

    private Verification verifyNow(byte[] message) {
        return verifier.verify(message, anchors, Instant.now());
    }

    @Test
    void aMessageWithoutSmimeShouldHaveANullStatus() {
        Verification verification = verifyNow(TestMessages.plain(ALICE, BOB, "hi", "hello"));

        assertThat(verification.status()).isEqualTo(SmimeStatus.NONE);
        assertThat(verification.verifiedAt()).isEmpty();
        assertThat(verification.jmapErrors()).isEmpty();
    }

    @Test
    void multipartSignedByATrustedSignerMatchingFromShouldBeVerified() {
        Verification verification = verifyNow(TestMessages.multipartSigned(ALICE, BOB, "hi", "hello", alice));

        assertThat(verification.errors()).isEmpty();
        assertThat(verification.status()).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
        assertThat(verification.verifiedAt()).isPresent();
    }

    @Test
    void opaqueSignedDataShouldBeVerified() {
        assertThat(verifyNow(TestMessages.opaqueSigned(ALICE, BOB, "hi", "hello", alice)).status())
            .isEqualTo(SmimeStatus.SIGNED_VERIFIED);
    }

    @Test
    void aSignedLayerInsideASignedLayerShouldBeVerifiedWhenBothAre() {
        SigningIdentity list = pki.user("list@example.com");

        assertThat(verifyNow(TestMessages.nestedSigned(ALICE, BOB, "hi", "hello", alice, list)).status())
            .isEqualTo(SmimeStatus.SIGNED_VERIFIED);
    }

    @Test
    void aNestedLayerSignedByAnUntrustedSignerShouldFailTheWhole() {
        SigningIdentity stranger = pki.untrustedUser(ALICE);

        Verification verification = verifyNow(TestMessages.nestedSigned(ALICE, BOB, "hi", "hello", stranger, alice));

        assertThat(verification.status()).isEqualTo(SmimeStatus.SIGNED_FAILED);
        assertThat(verification.errors()).contains("the signer's certificate is not issued by a trusted certificate authority");
    }

    @Test
    void aMessageWithBareLineFeedsShouldBeCanonicalizedBeforeVerification() {
        String crlf = new String(TestMessages.multipartSigned(ALICE, BOB, "hi", "hello", alice), StandardCharsets.ISO_8859_1);

        assertThat(verifyNow(crlf.replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1)).status())
            .isEqualTo(SmimeStatus.SIGNED_VERIFIED);
    }

    @Test
    void aTamperedBodyShouldFailWithAModificationError() {
        byte[] tampered = TestMessages.replace(TestMessages.multipartSigned(ALICE, BOB, "hi", "pay 10 EUR", alice), "pay 10 EUR", "pay 99 EUR");

        Verification verification = verifyNow(tampered);

        assertThat(verification.status()).isEqualTo(SmimeStatus.SIGNED_FAILED);
        assertThat(verification.errors()).containsExactly("the signature does not match the content: the message was modified");
    }

    @Test
    void aFromAddressNotInTheCertificateShouldFail() {
        Verification verification = verifyNow(TestMessages.multipartSigned("mallory@example.com", BOB, "hi", "hello", alice));

        assertThat(verification.status()).isEqualTo(SmimeStatus.SIGNED_FAILED);
        assertThat(verification.errors()).containsExactly("the From address does not match the signer's certificate");
    }

    @Test
    void theFromAddressShouldMatchCaseInsensitively() {
        assertThat(verifyNow(TestMessages.multipartSigned("Alice <ALICE@Example.COM>", BOB, "hi", "hello", alice)).status())
            .isEqualTo(SmimeStatus.SIGNED_VERIFIED);
    }

    @Test
    void aSignerFromAnUnknownCaShouldFail() {
        Verification verification = verifyNow(TestMessages.multipartSigned(ALICE, BOB, "hi", "hello", pki.untrustedUser(ALICE)));

        assertThat(verification.status()).isEqualTo(SmimeStatus.SIGNED_FAILED);
        assertThat(verification.errors()).containsExactly("the signer's certificate is not issued by a trusted certificate authority");
    }

    @Test
    void anExpiredSignerShouldFailNowButVerifyWhileItWasValid() {
        Instant now = Instant.now();
        SigningIdentity expired = pki.user(ALICE, now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(10)));
        byte[] message = TestMessages.multipartSigned(ALICE, BOB, "hi", "hello", expired, now.minus(Duration.ofDays(20)));

        Verification today = verifier.verify(message, anchors, now);
        Verification atDelivery = verifier.verify(message, anchors, now.minus(Duration.ofDays(20)));

        assertThat(today.status()).isEqualTo(SmimeStatus.SIGNED_FAILED);
        assertThat(today.errors()).singleElement().asString().startsWith("the signer's certificate expired on");
        assertThat(atDelivery.status()).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
    }

    @Test
    void aSignerRevokedInAConfiguredCrlShouldFail() {
        SigningIdentity revoked = pki.user(ALICE);
        TrustAnchors withCrl = new TrustAnchors(List.of(pki.rootCertificate()),
            List.of(pki.crlRevoking(revoked.certificate(), Instant.now().minus(Duration.ofDays(1)))));

        Verification verification = verifier.verify(TestMessages.multipartSigned(ALICE, BOB, "hi", "hello", revoked), withCrl, Instant.now());

        assertThat(verification.status()).isEqualTo(SmimeStatus.SIGNED_FAILED);
        assertThat(verification.errors()).singleElement().asString().startsWith("the signer's certificate was revoked on");
    }

    @Test
    void aRevocationAfterDeliveryShouldNotFailTheStatusAtDelivery() {
        SigningIdentity revoked = pki.user(ALICE);
        TrustAnchors withCrl = new TrustAnchors(List.of(pki.rootCertificate()),
            List.of(pki.crlRevoking(revoked.certificate(), Instant.now().minus(Duration.ofDays(1)))));

        Verification verification = verifier.verify(TestMessages.multipartSigned(ALICE, BOB, "hi", "hello", revoked), withCrl,
            Instant.now().minus(Duration.ofDays(2)));

        assertThat(verification.status()).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
    }

    @Test
    void noConfiguredTrustAnchorShouldFailWithAnExplanation() {
        Verification verification = verifier.verify(TestMessages.multipartSigned(ALICE, BOB, "hi", "hello", alice), TrustAnchors.none(), Instant.now());

        assertThat(verification.errors()).containsExactly("no trust anchor is configured on the server");
    }

    @Test
    void aTruncatedSignatureShouldFailAsMalformed() {
        String message = new String(TestMessages.opaqueSigned(ALICE, BOB, "hi", "hello", alice), StandardCharsets.ISO_8859_1);
        String truncated = message.substring(0, message.length() - 200) + "\r\n";

        Verification verification = verifyNow(truncated.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(verification.status()).isEqualTo(SmimeStatus.SIGNED_FAILED);
        assertThat(verification.errors()).isNotEmpty();
    }

    @Test
    void garbageBase64InTheSignaturePartShouldFailAsMalformed() {
        byte[] message = TestMessages.withBody(ALICE, BOB, "hi", """
            Content-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary="b"\r
            \r
            --b\r
            Content-Type: text/plain\r
            \r
            hello\r
            --b\r
            Content-Type: application/pkcs7-signature\r
            Content-Transfer-Encoding: base64\r
            \r
            !!!not*base64@@@ ###\r
            --b--\r
            """);

        Verification verification = verifyNow(message);

        assertThat(verification.status()).isEqualTo(SmimeStatus.SIGNED_FAILED);
        assertThat(verification.errors()).containsExactly("an S/MIME part is not valid base64");
    }

    @Test
    void aMultipartSignedWithoutClosingDelimiterShouldFail() {
        byte[] message = TestMessages.withBody(ALICE, BOB, "hi", """
            Content-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary="b"\r
            \r
            --b\r
            Content-Type: text/plain\r
            \r
            hello\r
            """);

        assertThat(verifyNow(message).status()).isEqualTo(SmimeStatus.SIGNED_FAILED);
    }

    @Test
    void anOpenPgpSignedMessageShouldBeUnknown() {
        byte[] message = TestMessages.withBody(ALICE, BOB, "hi", """
            Content-Type: multipart/signed; protocol="application/pgp-signature"; boundary="b"\r
            \r
            --b\r
            Content-Type: text/plain\r
            \r
            hello\r
            --b\r
            Content-Type: application/pgp-signature\r
            \r
            -----BEGIN PGP SIGNATURE-----\r
            --b--\r
            """);

        assertThat(verifyNow(message).status()).isEqualTo(SmimeStatus.UNKNOWN);
    }

    @Test
    void anEncryptedMessageShouldBeUnknownWithoutDecryption() {
        byte[] message = TestMessages.withBody(ALICE, BOB, "hi", """
            Content-Type: application/pkcs7-mime; smime-type=enveloped-data\r
            Content-Transfer-Encoding: base64\r
            \r
            MIAGCSqGSIb3DQEHA6CAMIACAQAxggE=\r
            """);

        assertThat(verifyNow(message).status()).isEqualTo(SmimeStatus.UNKNOWN);
    }
}
