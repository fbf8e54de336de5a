package org.jmapx.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorageTest {
    @Test
    void parseShouldAcceptTheDocumentedNamesInAnyCase() {
        assertThat(Storage.parse("memory")).isEqualTo(Storage.MEMORY);
        assertThat(Storage.parse("Cassandra")).isEqualTo(Storage.CASSANDRA);
    }

    @Test
    void parseShouldRejectAnUnknownStorageWithTheChoices() {
        assertThatThrownBy(() -> Storage.parse("mysql"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("memory or cassandra");
    }
}
