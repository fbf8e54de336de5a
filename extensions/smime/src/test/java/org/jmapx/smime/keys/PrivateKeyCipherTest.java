package org.jmapx.smime.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PrivateKeyCipherTest {
    private static final byte[] KEY = "pretend PKCS#8 bytes".getBytes(StandardCharsets.US_ASCII);
    private final PrivateKeyCipher cipher = PrivateKeyCipher.fromSecret("operator secret");

    @Test
    void decryptShouldReturnWhatWasEncryptedForTheSameOwner() {
        assertThat(cipher.decrypt(cipher.encrypt(KEY, "bob@example.com"), "bob@example.com")).isEqualTo(KEY);
    }

    @Test
    void theCiphertextShouldNotContainThePlaintextAndShouldDifferEachTime() {
        byte[] first = cipher.encrypt(KEY, "bob@example.com");

        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("PKCS#8");
        assertThat(cipher.encrypt(KEY, "bob@example.com")).isNotEqualTo(first);
    }

    @Test
    void aKeyCopiedToAnotherUserShouldNotDecrypt() {
        byte[] sealed = cipher.encrypt(KEY, "bob@example.com");

        assertThatThrownBy(() -> cipher.decrypt(sealed, "eve@example.com")).isInstanceOf(IllegalStateException.class)
            .hasNoCause();
    }

    @Test
    void anotherSecretShouldNotDecrypt() {
        byte[] sealed = cipher.encrypt(KEY, "bob@example.com");

        assertThatThrownBy(() -> PrivateKeyCipher.fromSecret("other").decrypt(sealed, "bob@example.com"))
            .hasMessageContaining("smime.keys.secret");
    }

    @Test
    void aBlankSecretShouldBeRefusedWithTheConfigurationKeyInTheMessage() {
        assertThatThrownBy(() -> PrivateKeyCipher.fromSecret(" ")).isInstanceOf(KeySecretMissingException.class)
            .hasMessageContaining("smime.keys.secret").hasMessageContaining("conf/smime.properties");
    }
}
