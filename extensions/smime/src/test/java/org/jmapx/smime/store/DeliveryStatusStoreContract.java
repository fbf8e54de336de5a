package org.jmapx.smime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jmapx.smime.SmimeStatus;
import org.jmapx.smime.Verification;
import org.junit.jupiter.api.Test;

/** What every {@link DeliveryStatusStore} must do; memory and Cassandra both run it. */
public interface DeliveryStatusStoreContract {
    DeliveryStatusStore store();

    private static String messageId() {
        return UUID.randomUUID().toString();
    }

    private static DeliveryStatus failed() {
        return new DeliveryStatus(new Verification(SmimeStatus.SIGNED_FAILED, List.of("expired", "From mismatch"),
            Optional.of(Instant.parse("2026-11-26T10:00:00.123Z"))), Set.of("aa", "bb"));
    }

    @Test
    default void loadShouldBeEmptyForAMessageNeverEvaluated() {
        assertThat(store().load(messageId()).blockOptional()).isEmpty();
    }

    @Test
    default void loadShouldReturnWhatWasSavedWithErrorsInOrder() {
        String id = messageId();
        store().save(id, failed()).block();

        assertThat(store().load(id).block()).isEqualTo(failed());
    }

    @Test
    default void aStatusWithoutVerificationTimeShouldRoundTrip() {
        String id = messageId();
        DeliveryStatus none = new DeliveryStatus(Verification.none(), Set.of());
        store().save(id, none).block();

        assertThat(store().load(id).block()).isEqualTo(none);
    }

    @Test
    default void saveShouldReplaceThePreviousStatus() {
        String id = messageId();
        store().save(id, failed()).block();
        DeliveryStatus upgraded = new DeliveryStatus(Verification.of(List.of(), Instant.now().truncatedTo(ChronoUnit.MILLIS)), Set.of("aa", "bb", "cc"));
        store().save(id, upgraded).block();

        assertThat(store().load(id).block()).isEqualTo(upgraded);
    }

    @Test
    default void deleteShouldForgetOnlyThatMessage() {
        String deleted = messageId();
        String kept = messageId();
        store().save(deleted, failed()).block();
        store().save(kept, failed()).block();
        store().delete(deleted).block();

        assertThat(store().load(deleted).blockOptional()).isEmpty();
        assertThat(store().load(kept).blockOptional()).isPresent();
    }
}
