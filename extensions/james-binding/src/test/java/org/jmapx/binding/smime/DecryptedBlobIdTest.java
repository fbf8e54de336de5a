package org.jmapx.binding.smime;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.james.jmap.mail.BlobId;
import org.junit.jupiter.api.Test;

class DecryptedBlobIdTest {
    @Test
    void theWholeMessageShouldHaveNoPartPath() {
        DecryptedBlobId id = DecryptedBlobId.parse(DecryptedBlobId.of("42")).orElseThrow();

        assertThat(id.messageId()).isEqualTo("42");
        assertThat(id.partPath()).isEmpty();
        assertThat(id.root().value()).isEqualTo("decrypted-42");
    }

    @Test
    void eachLevelOfAPartShouldBeTheBlobIdJamesGivesThatLevel() {
        DecryptedBlobId id = DecryptedBlobId.parse("decrypted-6f1c-aa_3_2").orElseThrow();

        assertThat(id.messageId()).isEqualTo("6f1c-aa");
        assertThat(id.partPath()).containsExactly(new BlobId("decrypted-6f1c-aa_3"), new BlobId("decrypted-6f1c-aa_3_2"));
    }

    @Test
    void otherBlobIdsShouldNotBeClaimed() {
        assertThat(DecryptedBlobId.parse("42_3")).isEmpty();
        assertThat(DecryptedBlobId.parse("uploads-0d9f")).isEmpty();
        assertThat(DecryptedBlobId.parse("decrypted-")).isEmpty();
        assertThat(DecryptedBlobId.parse("decrypted-42__3")).isEmpty();
    }
}
