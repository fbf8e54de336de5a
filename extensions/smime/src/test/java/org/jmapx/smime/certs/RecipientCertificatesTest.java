package org.jmapx.smime.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.jmapx.smime.testing.TestPki;
import org.junit.jupiter.api.Test;

class RecipientCertificatesTest {
    private static final TestPki PKI = TestPki.create();
    private final RecipientCertificates certificates = new RecipientCertificates(new MemoryRecipientCertificateStore());

    @Test
    void theDirectoryShouldServeEveryUserWhateverTheCaseOfTheAddress() {
        certificates.putInDirectory("Carol@Example.com", PKI.user("carol@example.com").certificate()).block();

        assertThat(certificates.find("bob@example.com", "CAROL@example.com").blockOptional()).isPresent();
    }

    @Test
    void theDirectoryShouldRefuseACertificateForAnotherAddress() {
        assertThatThrownBy(() -> certificates.putInDirectory("carol@example.com", PKI.user("mallory@example.com").certificate()).block())
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLearnedCertificateShouldServeOnlyTheUserWhoLearnedIt() {
        certificates.learn("bob@example.com", "dave@example.com", PKI.user("dave@example.com").certificate()).block();

        assertThat(certificates.find("bob@example.com", "dave@example.com").blockOptional()).isPresent();
        assertThat(certificates.find("carol@example.com", "dave@example.com").blockOptional()).isEmpty();
    }

    @Test
    void aSignerWhoseCertificateDoesNotCarryTheFromAddressShouldNotBeLearned() {
        certificates.learn("bob@example.com", "dave@example.com", PKI.user("mallory@example.com").certificate()).block();

        assertThat(certificates.find("bob@example.com", "dave@example.com").blockOptional()).isEmpty();
    }

    @Test
    void anExpiredCertificateShouldNotBeUsedForEncryption() {
        Instant now = Instant.now();
        certificates.learn("bob@example.com", "erin@example.com",
            PKI.user("erin@example.com", now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))).certificate()).block();

        assertThat(certificates.find("bob@example.com", "erin@example.com").blockOptional()).isEmpty();
    }
}
