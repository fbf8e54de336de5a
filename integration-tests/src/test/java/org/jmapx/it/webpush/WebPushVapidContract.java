package org.jmapx.it.webpush;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.apache.james.utils.DataProbeImpl;
import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * RFC 9749 over HTTP: the capability, and every push James sends for a PushSubscription (PushVerification
 * and StateChange) authenticated with VAPID (RFC 8292) and encrypted for the client (RFC 8291), both
 * checked by a local push service with the JDK's own crypto.
 */
public interface WebPushVapidContract {
    String CAPABILITY = "urn:ietf:params:jmap:webpush-vapid";
    Duration PUSH = Duration.ofSeconds(30);

    JmapxServerExtension server();

    VapidFlavour flavour();

    LocalPushService pushService();

    default JmapClient newUser() {
        String username = "push-" + UUID.randomUUID() + "@example.com";
        try {
            server().server().getProbe(DataProbeImpl.class).addUser(username, JmapxServerExtension.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return server().client(username);
    }

    default String applicationServerKey(JmapClient client) {
        return client.sessionJson().at("/capabilities/" + CAPABILITY.replace("/", "~1") + "/applicationServerKey").asText();
    }

    /** Creates a PushSubscription to the local push service; returns its id. James 3.8.1 needs a "types" array (null is refused). */
    default String subscribe(JmapClient client, String path, PushClientKeys keys) {
        JsonNode response = client.call("{\"using\": [\"urn:ietf:params:jmap:core\"], \"methodCalls\": [[\"PushSubscription/set\", "
            + "{\"create\": {\"p\": {\"deviceClientId\": \"" + UUID.randomUUID() + "\", \"url\": \"" + pushService().origin() + path
            + "\", \"types\": [\"Mailbox\"], \"keys\": {\"p256dh\": \"" + keys.p256dh() + "\", \"auth\": \"" + keys.auth() + "\"}}}}, \"c\"]]}");
        JsonNode id = response.at("/methodResponses/0/1/created/p/id");
        assertThat(id.isTextual()).as(response.toString()).isTrue();
        return id.asText();
    }

    /** Checks a push as a push service and a user agent would; returns the decrypted JSON. */
    default JsonNode verifiedAndDecrypted(LocalPushService.Push push, PushClientKeys keys, String expectedKey) throws Exception {
        VapidToken token = VapidToken.verified(push.header("Authorization"));
        assertThat(token.publicKey()).as("k is the advertised applicationServerKey").isEqualTo(expectedKey);
        assertThat(token.header().path("alg").asText()).isEqualTo("ES256");
        assertThat(token.claims().path("aud").asText()).isEqualTo(pushService().origin());
        assertThat(token.claims().path("sub").asText()).isEqualTo(VapidFlavour.SUBJECT);
        Instant expiry = Instant.ofEpochSecond(token.claims().path("exp").asLong());
        assertThat(expiry).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(24)));
        assertThat(push.header("Content-Encoding")).isEqualTo("aes128gcm");
        return JmapClient.parse(new String(Aes128gcmDecryptor.decrypt(push.body(), keys), StandardCharsets.UTF_8));
    }

    @Test
    default void theSessionShouldAdvertiseTheP256KeyGeneratedAndPersistedAtFirstStart() throws Exception {
        String key = applicationServerKey(newUser());

        byte[] point = Base64.getUrlDecoder().decode(key);
        assertThat(key).doesNotContain("=", "+", "/");
        assertThat(PushClientKeys.publicKey(point)).isNotNull();
        String pem = Files.readString(flavour().keyFile());
        String publicBlock = pem.substring(pem.indexOf("-----BEGIN PUBLIC KEY-----") + 26, pem.indexOf("-----END PUBLIC KEY-----"));
        ECPublicKey persisted = (ECPublicKey) KeyFactory.getInstance("EC")
            .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(publicBlock)));
        assertThat(PushClientKeys.uncompressed(persisted)).isEqualTo(point);
    }

    @Test
    default void pushVerificationShouldCarryAValidVapidTokenAndDecryptForTheClient() throws Exception {
        JmapClient client = newUser();
        PushClientKeys keys = PushClientKeys.generate();
        String path = "/push/" + UUID.randomUUID();

        String id = subscribe(client, path, keys);

        JsonNode verification = verifiedAndDecrypted(pushService().next(path, PUSH), keys, applicationServerKey(client));
        assertThat(verification.path("@type").asText()).isEqualTo("PushVerification");
        assertThat(verification.path("pushSubscriptionId").asText()).isEqualTo(id);
        assertThat(verification.path("verificationCode").asText()).isNotEmpty();
    }

    @Test
    default void stateChangeShouldCarryAValidVapidTokenAndDecryptForTheClient() throws Exception {
        JmapClient client = newUser();
        PushClientKeys keys = PushClientKeys.generate();
        String path = "/push/" + UUID.randomUUID();
        String id = subscribe(client, path, keys);
        String code = verifiedAndDecrypted(pushService().next(path, PUSH), keys, applicationServerKey(client)).path("verificationCode").asText();
        client.call("{\"using\": [\"urn:ietf:params:jmap:core\"], \"methodCalls\": [[\"PushSubscription/set\", "
            + "{\"update\": {\"" + id + "\": {\"verificationCode\": \"" + code + "\"}}}, \"c\"]]}");

        createMailbox(client);

        JsonNode stateChange = verifiedAndDecrypted(pushService().next(path, PUSH), keys, applicationServerKey(client));
        assertThat(stateChange.path("@type").asText()).isEqualTo("StateChange");
        assertThat(stateChange.path("changed").isObject()).isTrue();
    }

    @Test
    default void aRotatedKeyFileShouldBeAdvertisedAndSignLaterPushes() throws Exception {
        JmapClient client = newUser();
        String before = applicationServerKey(client);
        KeyPair next = PushClientKeys.p256KeyPair();

        flavour().rotate(next);

        String after = applicationServerKey(client);
        assertThat(after).isNotEqualTo(before)
            .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(PushClientKeys.uncompressed((ECPublicKey) next.getPublic())));
        PushClientKeys keys = PushClientKeys.generate();
        String path = "/push/" + UUID.randomUUID();
        subscribe(client, path, keys);
        verifiedAndDecrypted(pushService().next(path, PUSH), keys, after);
    }

    private static void createMailbox(JmapClient client) {
        String accountId = client.sessionJson().at("/primaryAccounts/urn:ietf:params:jmap:mail").asText();
        JsonNode response = client.call("{\"using\": [\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\"], \"methodCalls\": "
            + "[[\"Mailbox/set\", {\"accountId\": \"" + accountId + "\", \"create\": {\"m\": {\"name\": \"pushed\"}}}, \"c\"]]}");
        assertThat(response.at("/methodResponses/0/1/created/m/id").isTextual()).as(response.toString()).isTrue();
    }
}
