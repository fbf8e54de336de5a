package org.jmapx.smime.store.cassandra;

import javax.inject.Inject;

import org.jmapx.smime.store.DeliveryStatus;
import org.jmapx.smime.store.DeliveryStatusStore;

import reactor.core.publisher.Mono;

/** {@link DeliveryStatusStore} on Cassandra (table {@link CassandraDeliveryStatusTable}). */
public class CassandraDeliveryStatusStore implements DeliveryStatusStore {
    private final CassandraDeliveryStatusDAO dao;

    @Inject
    public CassandraDeliveryStatusStore(CassandraDeliveryStatusDAO dao) {
        this.dao = dao;
    }

    @Override
    public Mono<DeliveryStatus> load(String messageId) {
        return dao.select(messageId);
    }

    @Override
    public Mono<Void> save(String messageId, DeliveryStatus status) {
        return dao.insert(messageId, status);
    }

    @Override
    public Mono<Void> delete(String messageId) {
        return dao.delete(messageId);
    }
}
