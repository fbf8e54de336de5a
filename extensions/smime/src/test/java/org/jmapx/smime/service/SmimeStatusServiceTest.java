package org.jmapx.smime.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jmapx.smime.SmimeStatus;
import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.store.MemoryDeliveryStatusStore;
import org.jmapx.smime.testing.TestMessages;
import org.jmapx.smime.testing.TestPki;
import org.jmapx.smime.verify.TrustAnchors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

class SmimeStatusServiceTest {
    private static final String ALICE = "alice@example.com";

    private static TestPki pki;
    private static TestPki otherPki;
    private static SigningIdentity alice;
    private static SigningIdentity otherAlice;

    private final AtomicReference<TrustAnchors> anchors = new AtomicReference<>();
    private final List<String> loaded = new ArrayList<>();
    private SmimeStatusService service;
    private Map<String, RawMessage> mailbox;

    @BeforeAll
    static void createPkis() {
        pki = TestPki.create();
        otherPki = TestPki.create();
        alice = pki.user(ALICE);
        otherAlice = otherPki.user(ALICE);
    }

    @BeforeEach
    void setUp() {
        anchors.set(new TrustAnchors(List.of(pki.rootCertificate()), List.of()));
        service = SmimeStatusService.create(anchors::get, new MemoryDeliveryStatusStore(),
            new VerificationCache(Clock.systemUTC(), Duration.ofHours(24), 1000), Schedulers.immediate());
        Instant now = Instant.now();
        mailbox = Map.of(
            "trusted", new RawMessage("trusted", now, TestMessages.multipartSigned(ALICE, "b@x", "s", "t", alice)),
            "other", new RawMessage("other", now, TestMessages.multipartSigned(ALICE, "b@x", "s", "t", otherAlice)),
            "plain", new RawMessage("plain", now, TestMessages.plain(ALICE, "b@x", "s", "t")));
    }

    private SmimeStatus current(String id) {
        return service.evaluate(List.of(id), SmimeRequest.CURRENT, this::load).block().get(id).current().orElseThrow().status();
    }

    private SmimeStatus atDelivery(String id) {
        return service.evaluate(List.of(id), SmimeRequest.AT_DELIVERY, this::load).block().get(id).atDelivery().orElseThrow().status();
    }

    private Flux<RawMessage> load(java.util.Collection<String> ids) {
        loaded.addAll(ids);
        return Flux.fromIterable(ids).filter(mailbox::containsKey).map(mailbox::get);
    }

    @Test
    void aSecondRequestShouldBeAnsweredFromTheCacheWithoutReadingTheMessage() {
        assertThat(current("trusted")).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
        loaded.clear();

        assertThat(current("trusted")).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
        assertThat(loaded).isEmpty();
    }

    @Test
    void changingTheTrustAnchorsShouldRecomputeTheCurrentStatus() {
        assertThat(current("trusted")).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
        anchors.set(new TrustAnchors(List.of(otherPki.rootCertificate()), List.of()));

        assertThat(current("trusted")).isEqualTo(SmimeStatus.SIGNED_FAILED);
    }

    @Test
    void theStatusAtDeliveryShouldBeRememberedWithoutReadingTheMessageAgain() {
        assertThat(atDelivery("trusted")).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
        loaded.clear();

        assertThat(atDelivery("trusted")).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
        assertThat(loaded).isEmpty();
    }

    @Test
    void addingATrustAnchorShouldUpgradeTheStatusAtDelivery() {
        assertThat(atDelivery("other")).isEqualTo(SmimeStatus.SIGNED_FAILED);
        anchors.set(new TrustAnchors(List.of(pki.rootCertificate(), otherPki.rootCertificate()), List.of()));

        assertThat(atDelivery("other")).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
    }

    @Test
    void removingATrustAnchorShouldNeverChangeTheStatusAtDelivery() {
        assertThat(atDelivery("trusted")).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
        anchors.set(new TrustAnchors(List.of(otherPki.rootCertificate()), List.of()));

        assertThat(atDelivery("trusted")).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
        assertThat(current("trusted")).isEqualTo(SmimeStatus.SIGNED_FAILED);
    }

    @Test
    void replacingTheAnchorsWithoutTheOneThatFailedShouldKeepAFailedStatusAtDelivery() {
        assertThat(atDelivery("other")).isEqualTo(SmimeStatus.SIGNED_FAILED);
        anchors.set(new TrustAnchors(List.of(TestPki.create().rootCertificate()), List.of()));

        assertThat(atDelivery("other")).isEqualTo(SmimeStatus.SIGNED_FAILED);
    }

    @Test
    void bothStatusesShouldComeFromOneRead() {
        Map<String, SmimeResult> results = service.evaluate(List.of("trusted", "plain", "missing"), SmimeRequest.BOTH, this::load).block();

        assertThat(results.get("trusted").current().orElseThrow().status()).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
        assertThat(results.get("trusted").atDelivery().orElseThrow().status()).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
        assertThat(results.get("plain").current().orElseThrow().status()).isEqualTo(SmimeStatus.NONE);
        assertThat(results).doesNotContainKey("missing");
        assertThat(loaded).containsExactlyInAnyOrder("trusted", "plain", "missing");
    }

    /** A loader for a user holding {@code key} (empty: no key imported yet). */
    private MessageLoader loaderWithKey(java.util.function.Supplier<java.util.Optional<SigningIdentity>> key) {
        return new MessageLoader() {
            @Override
            public Flux<RawMessage> load(java.util.Collection<String> ids) {
                return SmimeStatusServiceTest.this.load(ids);
            }

            @Override
            public reactor.core.publisher.Mono<java.util.Optional<SigningIdentity>> decryptionIdentity() {
                return reactor.core.publisher.Mono.fromSupplier(key);
            }

            @Override
            public String cacheScope() {
                return "bob";
            }
        };
    }

    @Test
    void encryptedMailShouldBecomeEncryptedSignedOnceTheRecipientKeyIsImported() {
        SigningIdentity bob = pki.user("bob@example.com");
        byte[] content = org.jmapx.smime.sign.SmimeComposer.compose(TestMessages.plain(ALICE, "bob@example.com", "s", "t"),
            java.util.Optional.of(alice), List.of(bob.certificate()));
        mailbox = Map.of("encrypted", new RawMessage("encrypted", Instant.now(), content));
        AtomicReference<java.util.Optional<SigningIdentity>> key = new AtomicReference<>(java.util.Optional.empty());
        MessageLoader loader = loaderWithKey(key::get);

        SmimeResult before = service.evaluate(List.of("encrypted"), SmimeRequest.BOTH, loader).block().get("encrypted");
        assertThat(before.current().orElseThrow().status()).isEqualTo(SmimeStatus.UNKNOWN);
        assertThat(before.atDelivery().orElseThrow().status()).isEqualTo(SmimeStatus.UNKNOWN);

        key.set(java.util.Optional.of(bob));
        SmimeResult after = service.evaluate(List.of("encrypted"), SmimeRequest.BOTH, loader).block().get("encrypted");
        assertThat(after.current().orElseThrow().status()).isEqualTo(SmimeStatus.ENCRYPTED_SIGNED_VERIFIED);
        assertThat(after.atDelivery().orElseThrow().status()).isEqualTo(SmimeStatus.ENCRYPTED_SIGNED_VERIFIED);

        // remembered and cached: the key is not needed again
        key.set(java.util.Optional.empty());
        loaded.clear();
        SmimeResult again = service.evaluate(List.of("encrypted"), SmimeRequest.BOTH, loader).block().get("encrypted");
        assertThat(again.current().orElseThrow().status()).isEqualTo(SmimeStatus.ENCRYPTED_SIGNED_VERIFIED);
        assertThat(again.atDelivery().orElseThrow().status()).isEqualTo(SmimeStatus.ENCRYPTED_SIGNED_VERIFIED);
        assertThat(loaded).isEmpty();
    }
}
