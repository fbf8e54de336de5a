package org.jmapx.it.webpush;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decrypts a Web Push message as the user agent does (RFC 8291 section 3 on RFC 8188 aes128gcm), with the
 * JDK's ECDH, HMAC and AES-GCM only: independent of Tink, which James encrypts with. Single-record messages.
 */
final class Aes128gcmDecryptor {
    private Aes128gcmDecryptor() {
    }

    static byte[] decrypt(byte[] message, PushClientKeys keys) throws GeneralSecurityException {
        ByteBuffer header = ByteBuffer.wrap(message);
        byte[] salt = new byte[16];
        header.get(salt);
        int recordSize = header.getInt();
        int keyIdLength = header.get() & 0xFF;
        byte[] serverPublic = new byte[keyIdLength];
        header.get(serverPublic);
        byte[] record = Arrays.copyOfRange(message, header.position(), message.length);
        if (record.length > recordSize) {
            throw new GeneralSecurityException("more than one record");
        }

        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(keys.keyPair().getPrivate());
        ecdh.doPhase(PushClientKeys.publicKey(serverPublic), true);
        byte[] ecdhSecret = ecdh.generateSecret();

        // RFC 8291 3.3-3.4
        byte[] prkKey = hmac(keys.authSecret(), ecdhSecret);
        byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
            PushClientKeys.uncompressed((ECPublicKey) keys.keyPair().getPublic()), serverPublic, new byte[] {1});
        byte[] ikm = hmac(prkKey, keyInfo);
        // RFC 8188 2.2-2.3
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(hmac(prk, concat("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1})), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, concat("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1})), 12);

        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = aes.doFinal(record);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new GeneralSecurityException("the last record must end with the 0x02 delimiter (RFC 8188 2)");
        }
        return Arrays.copyOf(padded, end);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer all = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            all.put(part);
        }
        return all.array();
    }
}
