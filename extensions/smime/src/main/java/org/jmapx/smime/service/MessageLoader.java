package org.jmapx.smime.service;

import java.util.Collection;
import java.util.Optional;

import org.jmapx.smime.sign.SigningIdentity;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads messages by id; ids it cannot read (deleted, not visible) are simply absent from the result. */
@FunctionalInterface
public interface MessageLoader {
    Flux<RawMessage> load(Collection<String> messageIds);

    /**
     * The requesting user's identity, to open enveloped-data addressed to them (decrypted in memory
     * only, for one evaluation); empty by default.
     */
    default Mono<Optional<SigningIdentity>> decryptionIdentity() {
        return Mono.just(Optional.empty());
    }

    /**
     * Called for a message the user received whose current status is verified, with a From address and
     * the signer certificate carrying it: the learning rule of docs/smime.md. Nothing by default.
     */
    default Mono<Void> learnSigner(String fromAddress, java.security.cert.X509Certificate signer) {
        return Mono.empty();
    }

    /** Separates cached statuses of users who may decrypt differently; one scope by default. */
    default String cacheScope() {
        return "";
    }
}
