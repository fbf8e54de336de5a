package org.jmapx.it.webpush;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Base64;

/** A user agent's Web Push keys (RFC 8291 section 2): a P-256 key pair and a 16-octet authentication secret. */
record PushClientKeys(KeyPair keyPair, byte[] authSecret) {
    static PushClientKeys generate() {
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        return new PushClientKeys(p256KeyPair(), auth);
    }

    static KeyPair p256KeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The p256dh value James 3.8.1 accepts: base64url of the X.509 SubjectPublicKeyInfo. RFC 8620 7.2 and
     * RFC 8291 want the uncompressed point, which James refuses (Tink's getEcPublicKey(byte[]) reads X.509);
     * the encryption itself is RFC 8291's, with the point in its key derivation (docs/webpush-vapid.md).
     */
    String p256dh() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keyPair.getPublic().getEncoded());
    }

    String auth() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(authSecret);
    }

    static byte[] uncompressed(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        copy(key.getW().getAffineX(), point, 1);
        copy(key.getW().getAffineY(), point, 33);
        return point;
    }

    /** The P-256 public key of a SEC1 uncompressed point, as the JDK reads it. */
    static ECPublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
        if (uncompressed.length != 65 || uncompressed[0] != 4) {
            throw new GeneralSecurityException("not an uncompressed P-256 point");
        }
        ECParameterSpec p256 = ((ECPublicKey) p256KeyPair().getPublic()).getParams();
        ECPoint point = new ECPoint(new BigInteger(1, java.util.Arrays.copyOfRange(uncompressed, 1, 33)),
            new BigInteger(1, java.util.Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, p256));
    }

    private static void copy(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, target, offset + 32 - length, length);
    }
}
