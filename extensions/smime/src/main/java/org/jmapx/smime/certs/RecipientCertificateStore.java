package org.jmapx.smime.certs;

import reactor.core.publisher.Mono;

/**
 * Certificates (DER) to encrypt to, per (owner, address). The owner {@link #DIRECTORY} ("#directory") holds what the
 * operator imported for everyone; a user's own rows hold what was learned from mail that user received.
 * Addresses are stored lower-cased.
 */
public interface RecipientCertificateStore {
    // not a possible James user name, and Cassandra refuses an empty partition key
    String DIRECTORY = "#directory";

    Mono<byte[]> load(String owner, String address);

    Mono<Void> save(String owner, String address, byte[] certificate);

    Mono<Void> delete(String owner, String address);
}
