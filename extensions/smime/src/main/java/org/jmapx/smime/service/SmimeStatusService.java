package org.jmapx.smime.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jmapx.smime.SmimeStatus;
import org.jmapx.smime.Verification;
import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.store.DeliveryStatus;
import org.jmapx.smime.store.DeliveryStatusStore;
import org.jmapx.smime.verify.SmimeVerifier;
import org.jmapx.smime.verify.TrustAnchors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * RFC 9219 statuses for a batch of messages, reading message content only for what neither the cache
 * nor the store can answer.
 *
 * <ul>
 *   <li>smimeStatus: verified now, cached per (message, trust-anchor set) by {@link VerificationCache}.</li>
 *   <li>smimeStatusAtDelivery: verified at receivedAt once, then remembered in the {@link DeliveryStatusStore}.
 *   It is evaluated again only when a trust anchor it has not seen was added, and then replaced only
 *   by a verified status: adding an anchor may upgrade it, removing one never changes it.</li>
 * </ul>
 */
public class SmimeStatusService {
    private final SmimeVerifier verifier;
    private final Supplier<TrustAnchors> trustAnchors;
    private final DeliveryStatusStore store;
    private final VerificationCache cache;
    private final Scheduler verificationScheduler;

    public SmimeStatusService(SmimeVerifier verifier, Supplier<TrustAnchors> trustAnchors, DeliveryStatusStore store,
                              VerificationCache cache, Scheduler verificationScheduler) {
        this.verifier = verifier;
        this.trustAnchors = trustAnchors;
        this.store = store;
        this.cache = cache;
        this.verificationScheduler = verificationScheduler;
    }

    public static SmimeStatusService create(Supplier<TrustAnchors> trustAnchors, DeliveryStatusStore store,
                                            VerificationCache cache, Scheduler scheduler) {
        return new SmimeStatusService(new SmimeVerifier(Clock.systemUTC()), trustAnchors, store, cache, scheduler);
    }

    /** Statuses for the ids the loader can read; an id it cannot read is absent from the map. */
    public Mono<Map<String, SmimeResult>> evaluate(Collection<String> messageIds, SmimeRequest request, MessageLoader loader) {
        Set<String> ids = new LinkedHashSet<>(messageIds);
        if (ids.isEmpty() || !request.any()) {
            return Mono.just(Map.of());
        }
        TrustAnchors anchors = trustAnchors.get();
        String cacheKey = anchors.id() + '\u0000' + loader.cacheScope();
        // asked for at most once per request, and only when an encrypted message is met
        Mono<Optional<SigningIdentity>> identity = loader.decryptionIdentity().cache();
        Map<String, SmimeResult> results = new HashMap<>();
        Set<String> toLoad = new HashSet<>();
        if (request.current()) {
            for (String id : ids) {
                cache.get(id, cacheKey).ifPresentOrElse(
                    hit -> results.put(id, SmimeResult.empty().withCurrent(hit)),
                    () -> toLoad.add(id));
            }
        }
        Mono<Map<String, DeliveryStatus>> stored = request.atDelivery()
            ? Flux.fromIterable(ids).flatMap(id -> store.load(id).map(status -> Map.entry(id, status)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
            : Mono.just(Map.of());
        return stored.flatMap(remembered -> {
            if (request.atDelivery()) {
                for (String id : ids) {
                    DeliveryStatus status = remembered.get(id);
                    if (status == null || mayUpgrade(status, anchors)) {
                        toLoad.add(id);
                    } else {
                        results.merge(id, SmimeResult.empty().withAtDelivery(status.verification()),
                            (a, b) -> a.withAtDelivery(status.verification()));
                    }
                }
            }
            if (toLoad.isEmpty()) {
                return Mono.just(results);
            }
            return loader.load(toLoad)
                .publishOn(verificationScheduler)
                .concatMap(message -> compute(message, request, anchors, cacheKey, identity, loader, remembered.get(message.messageId()), results))
                .then(Mono.fromSupplier(() -> Map.copyOf(results)));
        });
    }

    private Mono<Void> compute(RawMessage message, SmimeRequest request, TrustAnchors anchors, String cacheKey,
                               Mono<Optional<SigningIdentity>> identity, MessageLoader loader, DeliveryStatus remembered,
                               Map<String, SmimeResult> results) {
        String id = message.messageId();
        // runs on the verification scheduler (blocking allowed); the key lives only for this evaluation
        Supplier<Optional<SigningIdentity>> decryption = () -> identity.blockOptional().flatMap(x -> x);
        SmimeResult known = results.getOrDefault(id, SmimeResult.empty());
        List<Mono<Void>> learning = new ArrayList<>();
        if (request.current() && known.current().isEmpty()) {
            Verification current = verifier.verify(message.content(), anchors, java.time.Instant.now(), decryption,
                (from, signer) -> learning.add(loader.learnSigner(from, signer)));
            if (current.status() != SmimeStatus.UNKNOWN) {
                // unknown may become readable once the user's key is imported: not cached
                cache.put(id, cacheKey, current);
            }
            results.merge(id, SmimeResult.empty().withCurrent(current), (a, b) -> a.withCurrent(current));
        }
        // learning never fails the request
        Mono<Void> learned = Flux.concat(learning).onErrorResume(e -> Mono.empty()).then();
        if (!request.atDelivery() || known.atDelivery().isPresent()) {
            return learned;
        }
        Verification atDelivery = verifier.verify(message.content(), anchors, message.receivedAt(), decryption);
        DeliveryStatus toRemember = remembered == null
            ? new DeliveryStatus(atDelivery, anchors.fingerprints())
            : upgrade(remembered, atDelivery, anchors);
        results.merge(id, SmimeResult.empty().withAtDelivery(toRemember.verification()),
            (a, b) -> a.withAtDelivery(toRemember.verification()));
        return learned.then(store.save(id, toRemember));
    }

    /** Only a signed, not yet verified status can change, and only when an anchor was added since. */
    private static boolean mayUpgrade(DeliveryStatus status, TrustAnchors anchors) {
        SmimeStatus value = status.verification().status();
        if (value == SmimeStatus.UNKNOWN) {
            // encrypted mail becomes verifiable when the recipient's key is imported
            return true;
        }
        boolean improvable = value == SmimeStatus.SIGNED_FAILED || value == SmimeStatus.SIGNED
            || value == SmimeStatus.ENCRYPTED_SIGNED_FAILED;
        return improvable && !status.anchorFingerprints().containsAll(anchors.fingerprints());
    }

    private static DeliveryStatus upgrade(DeliveryStatus remembered, Verification reevaluated, TrustAnchors anchors) {
        Set<String> seen = new HashSet<>(remembered.anchorFingerprints());
        seen.addAll(anchors.fingerprints());
        boolean wasUnknown = remembered.verification().status() == SmimeStatus.UNKNOWN;
        boolean replace = reevaluated.status().isVerified()
            || (wasUnknown && reevaluated.status() != SmimeStatus.UNKNOWN);
        Verification kept = replace ? reevaluated : remembered.verification();
        return new DeliveryStatus(kept, seen);
    }
}
