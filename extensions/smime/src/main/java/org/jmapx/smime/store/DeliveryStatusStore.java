package org.jmapx.smime.store;

import reactor.core.publisher.Mono;

/**
 * Remembers smimeStatusAtDelivery per message (RFC 9219 section 4.1: "once it is calculated, its
 * value is remembered"). Keyed by James's message id: a message's content, hence its signature, is the
 * same in every mailbox and account that holds it.
 */
public interface DeliveryStatusStore {
    /** The remembered status, or empty. */
    Mono<DeliveryStatus> load(String messageId);

    Mono<Void> save(String messageId, DeliveryStatus status);

    Mono<Void> delete(String messageId);
}
