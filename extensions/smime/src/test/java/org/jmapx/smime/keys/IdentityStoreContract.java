package org.jmapx.smime.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What every {@link IdentityStore} must do; memory and Cassandra both run it. */
public interface IdentityStoreContract {
    IdentityStore store();

    private static String user() {
        return UUID.randomUUID() + "@example.com";
    }

    private static StoredIdentity identity(int seed) {
        return new StoredIdentity(new byte[] {1, (byte) seed, 3}, List.of(new byte[] {4, (byte) seed}, new byte[] {6}));
    }

    @Test
    default void loadShouldBeEmptyForAUserWithoutIdentity() {
        assertThat(store().load(user()).blockOptional()).isEmpty();
    }

    @Test
    default void loadShouldReturnTheSavedKeyAndChainInOrder() {
        String user = user();
        store().save(user, identity(1)).block();

        assertThat(store().load(user).block()).isEqualTo(identity(1));
    }

    @Test
    default void saveShouldReplaceThePreviousIdentity() {
        String user = user();
        store().save(user, identity(1)).block();
        store().save(user, identity(2)).block();

        assertThat(store().load(user).block()).isEqualTo(identity(2));
    }

    @Test
    default void deleteShouldForgetOnlyThatUser() {
        String deleted = user();
        String kept = user();
        store().save(deleted, identity(1)).block();
        store().save(kept, identity(1)).block();
        store().delete(deleted).block();

        assertThat(store().load(deleted).blockOptional()).isEmpty();
        assertThat(store().load(kept).blockOptional()).isPresent();
    }
}
