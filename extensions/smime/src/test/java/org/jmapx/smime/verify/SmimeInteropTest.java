package org.jmapx.smime.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jmapx.smime.SmimeStatus;
import org.jmapx.smime.Verification;
import org.jmapx.smime.testing.InteropCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Messages signed and encrypted by openssl (see src/test/resources/interop), with openssl's CA as the
 * only trust anchor: JMAPX must give each the status openssl's verdict implies. Every From address
 * is the one its signer's certificate carries, so the From check (which openssl does not make)
 * passes whenever the signature does.
 */
class SmimeInteropTest {
    private static final TrustAnchors ANCHORS = new TrustAnchors(List.of(InteropCorpus.caCertificate()), List.of());

    private final SmimeVerifier verifier = new SmimeVerifier(Clock.systemUTC());

    static Stream<InteropCorpus.Entry> signedMessages() {
        return InteropCorpus.manifest().stream().filter(entry -> !entry.encrypted());
    }

    private Verification verify(String message) {
        return verifier.verify(InteropCorpus.message(message), ANCHORS, Instant.now());
    }

    @ParameterizedTest
    @MethodSource("signedMessages")
    void eachSignedMessageShouldGetTheStatusOpensslsVerdictImplies(InteropCorpus.Entry entry) {
        Verification verification = verify(entry.message());

        SmimeStatus implied = entry.opensslVerified() ? SmimeStatus.SIGNED_VERIFIED : SmimeStatus.SIGNED_FAILED;
        assertThat(verification.status()).as("%s, errors %s", entry, verification.errors()).isEqualTo(implied);
    }

    @Test
    void theCorpusShouldHoldMessagesOpensslVerifiesAndMessagesItRejects() {
        assertThat(signedMessages().filter(InteropCorpus.Entry::opensslVerified)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(signedMessages().filter(entry -> !entry.opensslVerified())).hasSize(2);
    }

    @Test
    void anNssQuotedPrintableFlowedMessageShouldBeVerified() {
        Verification verification = verify("nss-qp-flowed-sha256.eml");

        assertThat(verification.status()).as("errors %s", verification.errors()).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
        assertThat(verification.errors()).isEmpty();
    }

    @Test
    void theNssMessageStoredWithBareLineFeedsShouldBeVerified() {
        assertThat(verify("nss-qp-flowed-sha256-lf.eml").status()).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
    }

    @Test
    void aMessageChangedAfterSigningShouldFailAsModified() {
        Verification verification = verify("tampered-nss-qp-flowed-sha256.eml");

        assertThat(verification.status()).isEqualTo(SmimeStatus.SIGNED_FAILED);
        assertThat(verification.errors()).containsExactly("the signature does not match the content: the message was modified");
    }

    @Test
    void aSignerFromAnotherCaShouldFailAsUntrusted() {
        Verification verification = verify("untrusted-ca-sha256.eml");

        assertThat(verification.status()).isEqualTo(SmimeStatus.SIGNED_FAILED);
        assertThat(verification.errors()).containsExactly("the signer's certificate is not issued by a trusted certificate authority");
    }

    @Test
    void signThenEncryptByOpensslShouldBeEncryptedSignedVerifiedForItsRecipient() {
        Verification verification = verifier.verify(InteropCorpus.message("enc-signed-aes256cbc-rsa.eml"), ANCHORS, Instant.now(),
            () -> Optional.of(InteropCorpus.identity("rsa-recipient")));

        assertThat(verification.status()).as("errors %s", verification.errors()).isEqualTo(SmimeStatus.ENCRYPTED_SIGNED_VERIFIED);
    }

    @Test
    void encryptedOnlyMessagesShouldStayUnknownEvenWhenTheyOpen() {
        Verification verification = verifier.verify(InteropCorpus.message("enc-aes256gcm-rsa.eml"), ANCHORS, Instant.now(),
            () -> Optional.of(InteropCorpus.identity("rsa-recipient")));

        assertThat(verification.status()).isEqualTo(SmimeStatus.UNKNOWN);
    }
}
