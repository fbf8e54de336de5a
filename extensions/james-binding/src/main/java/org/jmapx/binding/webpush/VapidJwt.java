package org.jmapx.binding.webpush;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The VAPID token of RFC 8292 section 2: a JWT signed with ES256 (JWS, RFC 7515 / RFC 7518 3.4: the
 * signature is R and S on 32 octets each), claims "aud" (the push resource's origin), "exp" and "sub".
 * Signed with Bouncy Castle's ECDSA so that the tests can check it with the JDK's, an independent implementation.
 */
final class VapidJwt {
    /** RFC 8292 2: at most 24 hours; 12 hours leaves room for clock skew. */
    static final Duration LIFETIME = Duration.ofHours(12);
    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH());
    private static final String HEADER = base64Url("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    VapidJwt(Clock clock) {
        this.clock = clock;
    }

    String sign(URI pushResource, String subject, VapidKeyPair keys) {
        ObjectNode claims = JsonNodeFactory.instance.objectNode();
        claims.put("aud", origin(pushResource));
        claims.put("exp", clock.instant().plus(LIFETIME).getEpochSecond());
        claims.put("sub", subject);
        String signingInput = HEADER + "." + base64Url(claims.toString().getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + base64Url(es256(signingInput.getBytes(StandardCharsets.US_ASCII), keys));
    }

    /** RFC 6454 serialisation: scheme "://" host, and ":" port when not the scheme's default. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private byte[] es256(byte[] input, VapidKeyPair keys) {
        ECDSASigner signer = new ECDSASigner();
        signer.init(true, new ParametersWithRandom(new ECPrivateKeyParameters(keys.privateKey().getS(), DOMAIN), random));
        BigInteger[] rs = signer.generateSignature(sha256(input));
        byte[] signature = new byte[64];
        copyUnsigned(rs[0], signature, 0);
        copyUnsigned(rs[1], signature, 32);
        return signature;
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyUnsigned(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, target, offset + 32 - length, length);
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
