package org.jmapx.binding.sieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SieveBlobIdsTest {
    @Test
    void theScriptIdShouldBeReadBackFromTheBlobId() {
        String blobId = SieveBlobIds.of("0b8c-11ef", "keep;".getBytes(StandardCharsets.UTF_8));

        assertThat(SieveBlobIds.scriptId(blobId)).contains("0b8c-11ef");
    }

    @Test
    void otherContentShouldGiveAnotherBlobId() {
        assertThat(SieveBlobIds.of("a", "keep;".getBytes(StandardCharsets.UTF_8)))
            .isNotEqualTo(SieveBlobIds.of("a", "discard;".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void uploadIdsShouldNotBeScriptBlobIds() {
        assertThat(SieveBlobIds.scriptId("uploads-4a0bd160-b1a8-11ef-8d3f-2f3b1a0f7c2a")).isEmpty();
        assertThat(SieveBlobIds.scriptId("sieve-short")).isEmpty();
    }
}
