package org.jmapx.binding.webpush;

import java.math.BigInteger;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;

/** The server's P-256 VAPID key pair (RFC 8292 section 3.2). */
public record VapidKeyPair(ECPrivateKey privateKey, ECPublicKey publicKey) {
    /**
     * The public key as RFC 9749 section 3 and RFC 8292 3.2 want it: the uncompressed point of SEC1 2.3.3
     * (0x04, X, Y on 32 octets each), base64url without padding.
     */
    public String applicationServerKey() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(uncompressedPoint());
    }

    byte[] uncompressedPoint() {
        byte[] point = new byte[65];
        point[0] = 0x04;
        copyUnsigned(publicKey.getW().getAffineX(), point, 1);
        copyUnsigned(publicKey.getW().getAffineY(), point, 33);
        return point;
    }

    private static void copyUnsigned(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, target, offset + 32 - length, length);
    }
}
