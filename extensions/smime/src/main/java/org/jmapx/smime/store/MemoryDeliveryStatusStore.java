package org.jmapx.smime.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

/** {@link DeliveryStatusStore} in the JVM's memory: the embedded server's default. */
public class MemoryDeliveryStatusStore implements DeliveryStatusStore {
    private final Map<String, DeliveryStatus> statuses = new ConcurrentHashMap<>();

    @Override
    public Mono<DeliveryStatus> load(String messageId) {
        return Mono.fromSupplier(() -> statuses.get(messageId));
    }

    @Override
    public Mono<Void> save(String messageId, DeliveryStatus status) {
        return Mono.fromRunnable(() -> statuses.put(messageId, status));
    }

    @Override
    public Mono<Void> delete(String messageId) {
        return Mono.fromRunnable(() -> statuses.remove(messageId));
    }
}
