package org.jmapx.smime.certs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What every {@link RecipientCertificateStore} must do; memory and Cassandra both run it. */
public interface RecipientCertificateStoreContract {
    RecipientCertificateStore store();

    private static String address() {
        return UUID.randomUUID() + "@example.com";
    }

    @Test
    default void loadShouldReturnTheSavedCertificateForThatOwnerOnly() {
        String address = address();
        store().save("bob@example.com", address, new byte[] {1, 2}).block();

        assertThat(store().load("bob@example.com", address).block()).containsExactly(1, 2);
        assertThat(store().load(RecipientCertificateStore.DIRECTORY, address).blockOptional()).isEmpty();
        assertThat(store().load("carol@example.com", address).blockOptional()).isEmpty();
    }

    @Test
    default void saveShouldReplaceAndDeleteShouldForget() {
        String address = address();
        store().save(RecipientCertificateStore.DIRECTORY, address, new byte[] {1}).block();
        store().save(RecipientCertificateStore.DIRECTORY, address, new byte[] {2}).block();

        assertThat(store().load(RecipientCertificateStore.DIRECTORY, address).block()).containsExactly(2);

        store().delete(RecipientCertificateStore.DIRECTORY, address).block();
        assertThat(store().load(RecipientCertificateStore.DIRECTORY, address).blockOptional()).isEmpty();
    }
}
