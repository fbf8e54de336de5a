package org.jmapx.smime.certs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

/** {@link RecipientCertificateStore} in the JVM's memory. */
public class MemoryRecipientCertificateStore implements RecipientCertificateStore {
    private final Map<String, byte[]> certificates = new ConcurrentHashMap<>();

    private static String key(String owner, String address) {
        return owner + "\n" + address;
    }

    @Override
    public Mono<byte[]> load(String owner, String address) {
        return Mono.fromSupplier(() -> certificates.get(key(owner, address))).map(byte[]::clone);
    }

    @Override
    public Mono<Void> save(String owner, String address, byte[] certificate) {
        return Mono.fromRunnable(() -> certificates.put(key(owner, address), certificate.clone()));
    }

    @Override
    public Mono<Void> delete(String owner, String address) {
        return Mono.fromRunnable(() -> certificates.remove(key(owner, address)));
    }
}
