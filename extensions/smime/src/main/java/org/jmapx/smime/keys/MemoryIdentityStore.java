package org.jmapx.smime.keys;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

/** {@link IdentityStore} in the JVM's memory; the keys stay encrypted there too. */
public class MemoryIdentityStore implements IdentityStore {
    private final Map<String, StoredIdentity> identities = new ConcurrentHashMap<>();

    @Override
    public Mono<StoredIdentity> load(String user) {
        return Mono.fromSupplier(() -> identities.get(user));
    }

    @Override
    public Mono<Void> save(String user, StoredIdentity identity) {
        return Mono.fromRunnable(() -> identities.put(user, identity));
    }

    @Override
    public Mono<Void> delete(String user) {
        return Mono.fromRunnable(() -> identities.remove(user));
    }
}
