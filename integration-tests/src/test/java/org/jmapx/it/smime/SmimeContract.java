package org.jmapx.it.smime;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.testing.InteropCorpus;
import org.jmapx.smime.testing.TestMessages;
import org.jmapx.smime.testing.TestPki;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * RFC 9219 over HTTP: real MIME messages delivered through James's mailbox API, statuses read with
 * James's own Email/get and Email/query, extended by JMAPX.
 */
public interface SmimeContract {
    String USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\", \"urn:ietf:params:jmap:smimeverify\"]";
    String SENDER = "alice@example.com";
    String ALL_PROPERTIES = "[\"subject\", \"smimeStatus\", \"smimeStatusAtDelivery\", \"smimeErrors\", \"smimeVerifiedAt\"]";

    JmapxServerExtension server();

    SmimeFlavour flavour();

    TestPki pki();

    default JmapClient bob() {
        return server().client(JmapxServerExtension.BOB);
    }

    default String accountId() {
        return bob().sessionJson().at("/primaryAccounts/urn:ietf:params:jmap:mail").asText();
    }

    default SmimeMailbox mailbox() {
        return SmimeMailbox.create(server(), JmapxServerExtension.BOB);
    }

    default JsonNode get(String id, String properties) {
        return bob().call("{\"using\": " + USING + ", \"methodCalls\": [[\"Email/get\", {\"accountId\": \"" + accountId()
            + "\", \"ids\": [\"" + id + "\"], \"properties\": " + properties + "}, \"c1\"]]}");
    }

    default JsonNode email(String id) {
        JsonNode response = get(id, ALL_PROPERTIES);
        assertThat(response.at("/methodResponses/0/0").asText()).as(response.toString()).isEqualTo("Email/get");
        return response.at("/methodResponses/0/1/list/0");
    }

    default JsonNode query(String filter) {
        return bob().call("{\"using\": " + USING + ", \"methodCalls\": [[\"Email/query\", {\"accountId\": \"" + accountId()
            + "\", \"filter\": " + filter + ", \"sort\": [{\"property\": \"receivedAt\", \"isAscending\": true}]}, \"q\"]]}");
    }

    @Test
    default void theSessionShouldAdvertiseSmimeVerifyAsAnEmptyObject() {
        assertThatJson(bob().sessionJson().toString()).inPath("capabilities['urn:ietf:params:jmap:smimeverify']").isEqualTo("{}");
    }

    @Test
    default void aTrustedMultipartSignedMessageShouldBeVerifiedNowAndAtDelivery() {
        String id = mailbox().deliver(TestMessages.multipartSigned(SENDER, "bob@example.com", "signed", "hello", pki().user(SENDER)));

        JsonNode email = email(id);

        assertThat(email.get("subject").asText()).isEqualTo("signed");
        assertThat(email.get("smimeStatus").asText()).isEqualTo("signed/verified");
        assertThat(email.get("smimeStatusAtDelivery").asText()).isEqualTo("signed/verified");
        assertThat(email.get("smimeErrors").isNull()).isTrue();
        assertThat(Instant.parse(email.get("smimeVerifiedAt").asText())).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
    }

    @Test
    default void anOpaqueSignedMessageShouldBeVerified() {
        String id = mailbox().deliver(TestMessages.opaqueSigned(SENDER, "bob@example.com", "opaque", "hello", pki().user(SENDER)));

        assertThat(email(id).get("smimeStatus").asText()).isEqualTo("signed/verified");
    }

    @Test
    default void aNestedSignedMessageShouldBeVerified() {
        String id = mailbox().deliver(TestMessages.nestedSigned(SENDER, "bob@example.com", "nested", "hello",
            pki().user(SENDER), pki().user("list@example.com")));

        assertThat(email(id).get("smimeStatus").asText()).isEqualTo("signed/verified");
    }

    @Test
    default void aMessageWithoutSmimeShouldHaveNullEverywhere() {
        String id = mailbox().deliver(TestMessages.plain(SENDER, "bob@example.com", "plain", "hello"));

        JsonNode email = email(id);

        assertThat(email.get("smimeStatus").isNull()).isTrue();
        assertThat(email.get("smimeStatusAtDelivery").isNull()).isTrue();
        assertThat(email.get("smimeErrors").isNull()).isTrue();
        assertThat(email.get("smimeVerifiedAt").isNull()).isTrue();
    }

    @Test
    default void aTamperedBodyShouldFailWithAnError() {
        byte[] signed = TestMessages.multipartSigned(SENDER, "bob@example.com", "tampered", "pay 10 EUR", pki().user(SENDER));
        String id = mailbox().deliver(TestMessages.replace(signed, "pay 10 EUR", "pay 99 EUR"));

        JsonNode email = email(id);

        assertThat(email.get("smimeStatus").asText()).isEqualTo("signed/failed");
        assertThat(email.get("smimeErrors").toString()).contains("the message was modified");
    }

    @Test
    default void aSignerWhoseAddressIsNotTheFromAddressShouldFail() {
        String id = mailbox().deliver(TestMessages.multipartSigned("mallory@example.com", "bob@example.com", "spoof", "hello", pki().user(SENDER)));

        JsonNode email = email(id);

        assertThat(email.get("smimeStatus").asText()).isEqualTo("signed/failed");
        assertThat(email.get("smimeErrors").toString()).contains("the From address does not match the signer's certificate");
    }

    @Test
    default void aSignerFromAnUnknownCaShouldFail() {
        String id = mailbox().deliver(TestMessages.multipartSigned(SENDER, "bob@example.com", "unknown CA", "hello", pki().untrustedUser(SENDER)));

        JsonNode email = email(id);

        assertThat(email.get("smimeStatus").asText()).isEqualTo("signed/failed");
        assertThat(email.get("smimeErrors").toString()).contains("not issued by a trusted certificate authority");
    }

    @Test
    default void anExpiredSignerShouldFailNowButHaveBeenVerifiedAtDelivery() {
        Instant now = Instant.now();
        Instant deliveredAt = now.minus(Duration.ofDays(20));
        SigningIdentity expired = pki().user(SENDER, now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(10)));
        String id = mailbox().deliver(TestMessages.multipartSigned(SENDER, "bob@example.com", "expired", "hello", expired, deliveredAt), deliveredAt);

        JsonNode email = email(id);

        assertThat(email.get("smimeStatus").asText()).isEqualTo("signed/failed");
        assertThat(email.get("smimeErrors").toString()).contains("the signer's certificate expired on");
        assertThat(email.get("smimeStatusAtDelivery").asText()).isEqualTo("signed/verified");
    }

    @Test
    default void aTruncatedSignatureShouldFailWithoutServerFail() {
        String message = new String(TestMessages.opaqueSigned(SENDER, "bob@example.com", "truncated", "hello", pki().user(SENDER)), StandardCharsets.ISO_8859_1);
        String id = mailbox().deliver((message.substring(0, message.length() - 150) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));

        JsonNode email = email(id);

        assertThat(email.get("smimeStatus").asText()).isEqualTo("signed/failed");
        assertThat(email.get("smimeErrors").size()).isPositive();
    }

    @Test
    default void garbageBase64ShouldFailWithoutServerFail() {
        String id = mailbox().deliver(TestMessages.withBody(SENDER, "bob@example.com", "garbage", """
            Content-Type: application/pkcs7-mime; smime-type=signed-data\r
            Content-Transfer-Encoding: base64\r
            \r
            %%%% this is not base64 at all ####\r
            """));

        JsonNode email = email(id);

        assertThat(email.get("smimeStatus").asText()).isEqualTo("signed/failed");
        assertThat(email.get("smimeErrors").size()).isPositive();
    }

    @Test
    default void emailGetWithoutSmimePropertiesShouldAnswerExactlyAsJames() {
        String id = mailbox().deliver(TestMessages.multipartSigned(SENDER, "bob@example.com", "signed", "hello", pki().user(SENDER)));

        JsonNode email = get(id, "[\"subject\", \"receivedAt\"]").at("/methodResponses/0/1/list/0");

        assertThat(email.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "subject", "receivedAt");
    }

    @Test
    default void smimePropertiesWithoutTheCapabilityShouldBeRejectedByJames() {
        String id = mailbox().deliver(TestMessages.plain(SENDER, "bob@example.com", "plain", "hello"));

        JsonNode response = bob().call("{\"using\": [\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\"], \"methodCalls\": "
            + "[[\"Email/get\", {\"accountId\": \"" + accountId() + "\", \"ids\": [\"" + id + "\"], \"properties\": [\"smimeStatus\"]}, \"c1\"]]}");

        assertThat(response.at("/methodResponses/0/0").asText()).isEqualTo("error");
        assertThat(response.at("/methodResponses/0/1/type").asText()).isEqualTo("invalidArguments");
    }

    @Test
    default void addingATrustAnchorShouldUpgradeTheStatusAtDeliveryAndRemovingItShouldNot() throws Exception {
        TestPki partner = TestPki.create();
        String id = mailbox().deliver(TestMessages.multipartSigned(SENDER, "bob@example.com", "partner", "hello", partner.user(SENDER)));
        assertThat(email(id).get("smimeStatusAtDelivery").asText()).isEqualTo("signed/failed");
        try {
            flavour().trust(pki().rootCertificate(), partner.rootCertificate());
            assertThat(email(id).get("smimeStatusAtDelivery").asText()).isEqualTo("signed/verified");
            assertThat(email(id).get("smimeStatus").asText()).isEqualTo("signed/verified");
        } finally {
            flavour().trust(pki().rootCertificate());
        }
        JsonNode afterRemoval = email(id);
        assertThat(afterRemoval.get("smimeStatusAtDelivery").asText()).isEqualTo("signed/verified");
        assertThat(afterRemoval.get("smimeStatus").asText()).isEqualTo("signed/failed");
    }

    @Test
    default void queryFiltersShouldSelectBySmimeStatusCombinedWithInMailbox() {
        SmimeMailbox mailbox = mailbox();
        String verified = mailbox.deliver(TestMessages.multipartSigned(SENDER, "bob@example.com", "v", "hello", pki().user(SENDER)));
        String failed = mailbox.deliver(TestMessages.multipartSigned(SENDER, "bob@example.com", "f", "hello", pki().untrustedUser(SENDER)),
            Instant.now().plusSeconds(1));
        String plain = mailbox.deliver(TestMessages.plain(SENDER, "bob@example.com", "p", "hello"), Instant.now().plusSeconds(2));
        String inMailbox = "\"inMailbox\": \"" + mailbox.id().serialize() + "\"";

        assertThat(ids(query("{" + inMailbox + ", \"hasSmime\": true}"))).containsExactly(verified, failed);
        assertThat(ids(query("{" + inMailbox + ", \"hasSmime\": false}"))).containsExactly(plain);
        assertThat(ids(query("{" + inMailbox + ", \"hasVerifiedSmime\": true}"))).containsExactly(verified);
        assertThat(ids(query("{" + inMailbox + ", \"hasVerifiedSmime\": false}"))).containsExactly(failed, plain);
        assertThat(ids(query("{\"operator\": \"AND\", \"conditions\": [{" + inMailbox + "}, {\"hasVerifiedSmimeAtDelivery\": true}]}")))
            .containsExactly(verified);
    }

    @Test
    default void anSmimeConditionUnderOrShouldBeAnUnsupportedFilter() {
        JsonNode response = query("{\"operator\": \"OR\", \"conditions\": [{\"hasSmime\": true}, {\"subject\": \"x\"}]}");

        assertThat(response.at("/methodResponses/0/0").asText()).isEqualTo("error");
        assertThat(response.at("/methodResponses/0/1/type").asText()).isEqualTo("unsupportedFilter");
    }

    /**
     * Thunderbird-shaped mail (NSS layout, CRLF, quoted-printable format=flowed text with
     * Content-Language, detached SHA-256 signature) signed by openssl, which verifies it with its CA as
     * trust anchor (src/test/resources/interop of the S/MIME module): delivered as is.
     */
    @Test
    default void anNssShapedMessageSignedByOpensslShouldBeVerifiedWhenDelivered() throws Exception {
        String id = mailbox().deliver(InteropCorpus.message("nss-qp-flowed-sha256.eml"));

        assertThat(statusTrustingTheInteropCa(id)).isEqualTo("signed/verified");
    }

    /**
     * The same message through Email/import: James 3.8.1's parsed the blob and appended it re-serialised,
     * which re-encoded the quoted-printable text the signature covers; JMAPX's stores the blob's bytes.
     */
    @Test
    default void anNssShapedMessageSignedByOpensslShouldBeVerifiedWhenImported() throws Exception {
        for (String message : java.util.List.of("nss-qp-flowed-sha256.eml", "nss-qp-flowed-sha512.eml", "nss-mixed-attachment-sha256.eml")) {
            JsonNode created = importMessage(InteropCorpus.message(message));

            assertThat(statusTrustingTheInteropCa(created.get("id").asText())).as(message).isEqualTo("signed/verified");
            assertThat(created.get("size").asInt()).as(message).isEqualTo(InteropCorpus.message(message).length);
        }
    }

    /**
     * The import stores the upload once: no re-serialised copy created then destroyed. Read one change at
     * a time, since Email/changes hides a creation destroyed within the same window.
     */
    @Test
    default void anImportedSignedMessageShouldBeOneCreationInEmailChanges() throws Exception {
        String before = emailState();

        String id = importMessage(InteropCorpus.message("nss-qp-flowed-sha256.eml")).get("id").asText();
        JsonNode changes = bob().call("{\"using\": " + USING + ", \"methodCalls\": [[\"Email/changes\", {\"accountId\": \""
            + accountId() + "\", \"sinceState\": \"" + before + "\", \"maxChanges\": 1}, \"c\"]]}").at("/methodResponses/0/1");

        assertThat(changes.path("created").size()).as(changes.toString()).isEqualTo(1);
        assertThat(changes.at("/created/0").asText()).isEqualTo(id);
        assertThat(changes.path("destroyed").size()).isZero();
        assertThat(changes.path("hasMoreChanges").asBoolean()).isFalse();
    }

    private String emailState() {
        return bob().call("{\"using\": " + USING + ", \"methodCalls\": [[\"Email/get\", {\"accountId\": \"" + accountId()
            + "\", \"ids\": []}, \"c\"]]}").at("/methodResponses/0/1/state").asText();
    }

    @Test
    default void aTamperedNssShapedMessageShouldStillFailWhenImported() throws Exception {
        JsonNode created = importMessage(InteropCorpus.message("tampered-nss-qp-flowed-sha256.eml"));

        assertThat(statusTrustingTheInteropCa(created.get("id").asText())).isEqualTo("signed/failed");
    }

    private String statusTrustingTheInteropCa(String id) throws Exception {
        try {
            flavour().trust(pki().rootCertificate(), InteropCorpus.caCertificate());
            JsonNode email = email(id);
            assertThat(email.get("smimeStatus").isNull()).as(email.toString()).isFalse();
            return email.get("smimeStatus").asText();
        } finally {
            flavour().trust(pki().rootCertificate());
        }
    }

    /** Uploads the message and Email/imports it into a fresh mailbox; returns the "created" entry. */
    private JsonNode importMessage(byte[] message) {
        JmapClient client = bob();
        java.net.http.HttpResponse<String> upload = client.send(client.request("/upload/" + accountId())
            .header("Content-Type", "message/rfc822").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(message)).build());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String blobId = JmapClient.parse(upload.body()).get("blobId").asText();
        JsonNode response = bob().call("{\"using\": " + USING + ", \"methodCalls\": [[\"Email/import\", {\"accountId\": \""
            + accountId() + "\", \"emails\": {\"m\": {\"blobId\": \"" + blobId + "\", \"mailboxIds\": {\""
            + mailbox().id().serialize() + "\": true}, \"keywords\": {\"$seen\": true}, \"receivedAt\": \""
            + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\"}}}, \"i\"]]}");
        JsonNode created = response.at("/methodResponses/0/1/created/m");
        assertThat(created.isMissingNode()).as(response.toString()).isFalse();
        return created;
    }

    private static java.util.List<String> ids(JsonNode response) {
        assertThat(response.at("/methodResponses/0/0").asText()).as(response.toString()).isEqualTo("Email/query");
        java.util.List<String> ids = new java.util.ArrayList<>();
        response.at("/methodResponses/0/1/ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
