package org.jmapx.it.webpush;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmapx.it.JmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A VAPID Authorization header (RFC 8292 section 3) as a push service checks it, with the JDK's ECDSA
 * (an implementation independent of the Bouncy Castle signer JMAPX uses).
 */
record VapidToken(JsonNode header, JsonNode claims, String publicKey) {
    private static final Pattern VAPID = Pattern.compile("vapid t=([A-Za-z0-9_.-]+), k=([A-Za-z0-9_-]+)");

    /** Parses the header and verifies the signature against its own k; fails otherwise. */
    static VapidToken verified(String authorization) throws GeneralSecurityException {
        if (authorization == null) {
            throw new AssertionError("no Authorization header");
        }
        Matcher matcher = VAPID.matcher(authorization);
        if (!matcher.matches()) {
            throw new AssertionError("not a VAPID Authorization header: " + authorization);
        }
        String[] parts = matcher.group(1).split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a JWS compact serialisation: " + matcher.group(1));
        }
        Base64.Decoder base64Url = Base64.getUrlDecoder();
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(PushClientKeys.publicKey(base64Url.decode(matcher.group(2))));
        es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!es256.verify(base64Url.decode(parts[2]))) {
            throw new AssertionError("the VAPID JWT signature does not verify with k");
        }
        return new VapidToken(JmapClient.parse(new String(base64Url.decode(parts[0]), StandardCharsets.UTF_8)),
            JmapClient.parse(new String(base64Url.decode(parts[1]), StandardCharsets.UTF_8)), matcher.group(2));
    }
}
