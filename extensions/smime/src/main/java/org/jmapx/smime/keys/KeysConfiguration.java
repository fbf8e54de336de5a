package org.jmapx.smime.keys;

import java.util.Optional;
import java.util.function.Function;

/**
 * The key-management part of conf/smime.properties.
 *
 * <pre>
 * smime.keys.secret=...   # encrypts users' private keys at rest; without it key import is refused
 * </pre>
 * Changing the secret makes every stored key unreadable: keep it with the database backups.
 */
public record KeysConfiguration(Optional<String> secret) {
    public static final String SECRET = "smime.keys.secret";

    public static KeysConfiguration from(Function<String, Optional<String>> properties) {
        return new KeysConfiguration(properties.apply(SECRET).filter(value -> !value.isBlank()));
    }

    public Optional<PrivateKeyCipher> cipher() {
        return secret.map(PrivateKeyCipher::fromSecret);
    }

    @Override
    public String toString() {
        return "KeysConfiguration[secret " + (secret.isPresent() ? "set" : "missing") + "]";
    }
}
