package org.jmapx.smime.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.testing.TestPki;
import org.junit.jupiter.api.Test;

class UserKeysTest {
    private static final TestPki PKI = TestPki.create();
    private static final char[] PASSWORD = "p12 password".toCharArray();
    private final MemoryIdentityStore store = new MemoryIdentityStore();
    private final UserKeys keys = new UserKeys(store, Optional.of(PrivateKeyCipher.fromSecret("secret")));
    private final SigningIdentity bob = PKI.user("bob@example.com");

    @Test
    void anImportedIdentityShouldComeBackWithTheSameKeyAndChain() {
        CertificateInfo info = keys.importPkcs12("bob@example.com", TestPki.pkcs12(bob, PASSWORD), PASSWORD).block();

        SigningIdentity loaded = keys.identity("bob@example.com").block();
        assertThat(info.emails()).containsExactly("bob@example.com");
        assertThat(loaded.privateKey().getEncoded()).isEqualTo(bob.privateKey().getEncoded());
        assertThat(loaded.certificate()).isEqualTo(bob.certificate());
        assertThat(loaded.chain()).isEqualTo(bob.chain());
    }

    @Test
    void theStoreShouldOnlySeeTheEncryptedKey() {
        keys.importPkcs12("bob@example.com", TestPki.pkcs12(bob, PASSWORD), PASSWORD).block();

        byte[] stored = store.load("bob@example.com").block().encryptedPrivateKey();
        assertThat(stored).isNotEqualTo(bob.privateKey().getEncoded());
        assertThat(indexOf(stored, java.util.Arrays.copyOfRange(bob.privateKey().getEncoded(), 20, 52))).isNegative();
    }

    @Test
    void aWrongPasswordShouldBeAnInvalidPkcs12() {
        assertThatThrownBy(() -> keys.importPkcs12("bob@example.com", TestPki.pkcs12(bob, PASSWORD), "wrong".toCharArray()).block())
            .hasCauseInstanceOf(InvalidPkcs12Exception.class);
        assertThat(keys.identity("bob@example.com").blockOptional()).isEmpty();
    }

    @Test
    void importShouldBeRefusedWithoutASecret() {
        UserKeys withoutSecret = new UserKeys(store, Optional.empty());

        assertThatThrownBy(() -> withoutSecret.importPkcs12("bob@example.com", TestPki.pkcs12(bob, PASSWORD), PASSWORD))
            .isInstanceOf(KeySecretMissingException.class);
    }

    @Test
    void deleteShouldForgetTheIdentity() {
        keys.importPkcs12("bob@example.com", TestPki.pkcs12(bob, PASSWORD), PASSWORD).block();
        keys.delete("bob@example.com").block();

        assertThat(keys.identity("bob@example.com").blockOptional()).isEmpty();
        assertThat(keys.certificates("bob@example.com").blockOptional()).isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
