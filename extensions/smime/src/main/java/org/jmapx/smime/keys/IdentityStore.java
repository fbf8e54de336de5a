package org.jmapx.smime.keys;

import reactor.core.publisher.Mono;

/** One S/MIME identity (private key + chain) per user, keyed by the user's login name. */
public interface IdentityStore {
    Mono<StoredIdentity> load(String user);

    /** Replaces the user's identity. */
    Mono<Void> save(String user, StoredIdentity identity);

    Mono<Void> delete(String user);
}
