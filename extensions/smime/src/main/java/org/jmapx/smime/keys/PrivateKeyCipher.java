package org.jmapx.smime.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts private keys at rest: AES-256-GCM under a key derived (PBKDF2-HMAC-SHA256) from the
 * operator's smime.keys.secret. The owner's name is the additional authenticated data, so a row copied
 * to another user does not decrypt. Layout: version byte, 12-byte IV, ciphertext with tag.
 */
public final class PrivateKeyCipher {
    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    // a fixed, public salt: the secret is per deployment, and one derived key must open every stored key
    private static final byte[] SALT = "jmapx-smime-keys-v1".getBytes(StandardCharsets.US_ASCII);
    private static final int ITERATIONS = 210_000;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private PrivateKeyCipher(SecretKey key) {
        this.key = key;
    }

    public static PrivateKeyCipher fromSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new KeySecretMissingException();
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), SALT, ITERATIONS, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new PrivateKeyCipher(new SecretKeySpec(derived, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }

    public byte[] encrypt(byte[] plaintext, String owner) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, owner);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a private key", e);
        }
    }

    /** Fails when the secret changed or the data was modified or belongs to another owner (GCM tag). */
    public byte[] decrypt(byte[] stored, String owner) {
        if (stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new IllegalStateException("not an encrypted private key of a known version");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOfRange(stored, 1, 1 + IV_BYTES), owner);
            return cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
        } catch (GeneralSecurityException e) {
            // no cause: the message must not suggest anything about the key material
            throw new IllegalStateException("the stored private key of " + owner
                + " cannot be decrypted (was smime.keys.secret changed?)");
        }
    }

    private Cipher cipher(int mode, byte[] iv, String owner) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
