package org.jmapx.it.smime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.smime.SmimeStatus;
import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.testing.TestPki;
import org.jmapx.smime.verify.SmimeVerifier;
import org.jmapx.smime.verify.TrustAnchors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * draft-ietf-jmap-smime-sender-extensions over HTTP: keys imported through WebAdmin, messages signed and
 * encrypted by James's Email/set, the stored result checked with Bouncy Castle directly.
 */
public interface SmimeAdvancedContract {
    String USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\", \"urn:ietf:params:jmap:smime-advanced\"]";
    String BOB = JmapxServerExtension.BOB;
    String ALICE = JmapxServerExtension.ALICE;
    char[] P12_PASSWORD = "p12-password".toCharArray();

    JmapxServerExtension server();

    TestPki pki();

    SigningIdentity bobIdentity();

    default JmapClient bob() {
        return server().client(BOB);
    }

    default String accountId() {
        return bob().sessionJson().at("/primaryAccounts/urn:ietf:params:jmap:mail").asText();
    }

    default HttpResponse<String> webAdmin(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server().webAdminPort() + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return JmapClient.http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    default HttpResponse<String> importBobKey() {
        String pkcs12 = Base64.getEncoder().encodeToString(TestPki.pkcs12(bobIdentity(), P12_PASSWORD));
        return webAdmin("PUT", "/jmapx/smime/users/" + BOB + "/key",
            "{\"pkcs12\": \"" + pkcs12 + "\", \"password\": \"" + new String(P12_PASSWORD) + "\"}");
    }

    @BeforeEach
    default void bobHasAKey() {
        assertThat(importBobKey().statusCode()).isEqualTo(200);
    }

    /** Mailbox/get, which also provisions James's default mailboxes for a new user. */
    default String inboxId() {
        JsonNode response = bob().call("{\"using\": " + USING + ", \"methodCalls\": [[\"Mailbox/get\", {\"accountId\": \""
            + accountId() + "\", \"ids\": null}, \"m\"]]}");
        for (JsonNode mailbox : response.at("/methodResponses/0/1/list")) {
            if ("inbox".equals(mailbox.path("role").asText())) {
                return mailbox.get("id").asText();
            }
        }
        throw new AssertionError("no inbox in " + response);
    }

    default JsonNode createEmail(String to, String smimeProperties) {
        return bob().call("{\"using\": " + USING + ", \"methodCalls\": [[\"Email/set\", {\"accountId\": \"" + accountId()
            + "\", \"create\": {\"k1\": {\"mailboxIds\": {\"" + inboxId() + "\": true}, \"from\": [{\"email\": \"" + BOB + "\"}],"
            + " \"to\": [{\"email\": \"" + to + "\"}], \"subject\": \"quarterly\","
            + " \"bodyValues\": {\"b\": {\"value\": \"the secret numbers\"}}, \"textBody\": [{\"partId\": \"b\", \"type\": \"text/plain\"}]"
            + smimeProperties + "}}}, \"c1\"]]}");
    }

    default String download(String blobId) {
        HttpResponse<String> response = bob().send(bob().request("/download/" + accountId() + "/" + blobId + "?type=message/rfc822&name=m.eml")
            .GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    default int emailCount() {
        return bob().call("{\"using\": " + USING + ", \"methodCalls\": [[\"Email/query\", {\"accountId\": \"" + accountId()
            + "\"}, \"q\"]]}").at("/methodResponses/0/1/ids").size();
    }

    @Test
    default void theSessionShouldAdvertiseSmimeAdvanced() {
        assertThat(bob().sessionJson().at("/capabilities").has("urn:ietf:params:jmap:smime-advanced")).isTrue();
    }

    @Test
    default void importAndListShouldShowCertificatesButNeverKeyMaterial() {
        String keyBase64 = Base64.getEncoder().encodeToString(bobIdentity().privateKey().getEncoded());
        HttpResponse<String> imported = importBobKey();
        HttpResponse<String> listed = webAdmin("GET", "/jmapx/smime/users/" + BOB + "/key", null);

        assertThat(imported.body()).contains(BOB).doesNotContain(keyBase64.substring(0, 40)).doesNotContainIgnoringCase("private")
            .doesNotContain(new String(P12_PASSWORD));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(JmapClient.parse(listed.body()).at("/certificates").size()).isEqualTo(1 + bobIdentity().chain().size());
        assertThat(listed.body()).doesNotContain(keyBase64.substring(0, 40)).doesNotContainIgnoringCase("private");
    }

    @Test
    default void aWrongPkcs12PasswordShouldBeABadRequest() {
        String pkcs12 = Base64.getEncoder().encodeToString(TestPki.pkcs12(bobIdentity(), P12_PASSWORD));
        HttpResponse<String> response = webAdmin("PUT", "/jmapx/smime/users/" + BOB + "/key",
            "{\"pkcs12\": \"" + pkcs12 + "\", \"password\": \"wrong\"}");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    default void deleteShouldForgetTheKeyAndSigningThenFails() {
        assertThat(webAdmin("DELETE", "/jmapx/smime/users/" + BOB + "/key", null).statusCode()).isEqualTo(204);
        assertThat(webAdmin("GET", "/jmapx/smime/users/" + BOB + "/key", null).statusCode()).isEqualTo(404);

        JsonNode response = createEmail(ALICE, ", \"smimeSign\": true");

        assertThat(response.at("/methodResponses/0/1/notCreated/k1/type").asText()).isEqualTo("smimeSigningKeyNotFound");
    }

    @Test
    default void aSignedEmailShouldBeStoredAsMultipartSignedThatBouncyCastleVerifies() {
        JsonNode response = createEmail(ALICE, ", \"smimeSign\": true");
        JsonNode created = response.at("/methodResponses/0/1/created/k1");
        assertThat(created.isObject()).as(response.toString()).isTrue();

        String raw = download(created.get("blobId").asText());
        assertThat(raw).contains("multipart/signed").contains("Subject: quarterly");
        assertThat(new SmimeVerifier(Clock.systemUTC()).verify(raw.getBytes(StandardCharsets.ISO_8859_1),
            new TrustAnchors(List.of(pki().rootCertificate()), List.of()), Instant.now()).status()).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
        assertThat(created.get("size").asLong()).isEqualTo(raw.getBytes(StandardCharsets.ISO_8859_1).length);
    }

    @Test
    default void encryptingToARecipientWithoutCertificateShouldFailAndStoreNothing() {
        int before = emailCount();

        JsonNode response = createEmail("nocert@example.com", ", \"smimeEncrypt\": true");

        JsonNode error = response.at("/methodResponses/0/1/notCreated/k1");
        assertThat(error.get("type").asText()).isEqualTo("smimeCertificateNotFound");
        assertThat(error.get("description").asText()).contains("nocert@example.com");
        assertThat(response.at("/methodResponses/0/1/created").path("k1").isMissingNode()).isTrue();
        assertThat(emailCount()).isEqualTo(before);
    }

    @Test
    default void anEncryptedEmailShouldOpenWithTheRecipientKeyAndNotContainThePlaintext() throws Exception {
        SigningIdentity alice = pki().user(ALICE);
        HttpResponse<String> put = webAdmin("PUT", "/jmapx/smime/certificates/" + ALICE, TestPki.pem(alice.certificate()));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        JsonNode response = createEmail(ALICE, ", \"smimeSign\": true, \"smimeEncrypt\": true");
        assertThat(response.at("/methodResponses/0/1/created/k1").isObject()).as(response.toString()).isTrue();

        String raw = download(response.at("/methodResponses/0/1/created/k1/blobId").asText());
        assertThat(raw).contains("smime-type=enveloped-data").doesNotContain("the secret numbers");
        String base64 = raw.substring(raw.indexOf("\r\n\r\n", raw.indexOf("enveloped-data")) + 4);
        CMSEnvelopedData data = new CMSEnvelopedData(Base64.getMimeDecoder().decode(base64));
        RecipientInformation forAlice = data.getRecipientInfos().getRecipients().stream()
            .filter(recipient -> {
                try {
                    return recipient.getRID().match(new org.bouncycastle.cert.X509CertificateHolder(alice.certificate().getEncoded()));
                } catch (Exception e) {
                    return false;
                }
            }).findFirst().orElseThrow();
        String inner = new String(forAlice.getContent(new JceKeyAgreeEnvelopedRecipient(alice.privateKey())
            .setProvider(new BouncyCastleProvider())), StandardCharsets.ISO_8859_1);
        assertThat(inner).contains("multipart/signed").contains("the secret numbers");
        assertThat(data.getRecipientInfos().size()).as("alice and bob's own copy").isEqualTo(2);
    }

    /** A fresh identity for Alice whose certificate the operator directory now holds. */
    default SigningIdentity aliceCertificateIsKnown() {
        SigningIdentity alice = pki().user(ALICE);
        HttpResponse<String> put = webAdmin("PUT", "/jmapx/smime/certificates/" + ALICE, TestPki.pem(alice.certificate()));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        return alice;
    }

    default JsonNode bobCall(String methodCalls) {
        return bob().call("{\"using\": " + USING + ", \"methodCalls\": " + methodCalls.replace("ACCOUNT", accountId()) + "}");
    }

    default String emailState() {
        return bobCall("[[\"Email/get\", {\"accountId\": \"ACCOUNT\", \"ids\": []}, \"s\"]]").at("/methodResponses/0/1/state").asText();
    }

    /**
     * Every Email change since {@code state}, one state at a time: James merges the changes of one
     * Email/changes window (a message created and destroyed inside it disappears from both lists), so
     * {@code maxChanges: 1} is what shows each intermediate state.
     */
    default List<JsonNode> emailChangesOneByOne(String state) {
        List<JsonNode> pages = new java.util.ArrayList<>();
        String since = state;
        for (int page = 0; page < 20; page++) {
            JsonNode changes = bobCall("[[\"Email/changes\", {\"accountId\": \"ACCOUNT\", \"sinceState\": \"" + since
                + "\", \"maxChanges\": 1}, \"c\"]]").at("/methodResponses/0/1");
            assertThat(changes.has("newState")).as(changes.toString()).isTrue();
            pages.add(changes);
            if (!changes.get("hasMoreChanges").asBoolean()) {
                return pages;
            }
            since = changes.get("newState").asText();
        }
        throw new AssertionError("more than 20 Email changes: " + pages);
    }

    default List<String> idsOf(List<JsonNode> pages, String list) {
        return pages.stream().flatMap(page -> java.util.stream.StreamSupport.stream(page.path(list).spliterator(), false))
            .map(JsonNode::asText).toList();
    }

    default String newMailbox() {
        JsonNode response = bobCall("[[\"Mailbox/set\", {\"accountId\": \"ACCOUNT\", \"create\": {\"m\": {\"name\": \""
            + java.util.UUID.randomUUID() + "\"}}}, \"m\"]]");
        String id = response.at("/methodResponses/0/1/created/m/id").asText();
        assertThat(id).as(response.toString()).isNotEmpty();
        return id;
    }

    default List<String> emailIdsIn(String mailboxId) {
        JsonNode ids = bobCall("[[\"Email/query\", {\"accountId\": \"ACCOUNT\", \"filter\": {\"inMailbox\": \"" + mailboxId
            + "\"}}, \"q\"]]").at("/methodResponses/0/1/ids");
        return java.util.stream.StreamSupport.stream(ids.spliterator(), false).map(JsonNode::asText).toList();
    }

    default JsonNode createEmailIn(String mailboxId, String smimeProperties) {
        return bobCall("[[\"Email/set\", {\"accountId\": \"ACCOUNT\", \"create\": {\"k1\": {\"mailboxIds\": {\"" + mailboxId
            + "\": true}, \"keywords\": {\"$seen\": true}, \"from\": [{\"email\": \"" + BOB + "\"}], \"to\": [{\"email\": \"" + ALICE
            + "\"}], \"subject\": \"quarterly\", \"bodyValues\": {\"b\": {\"value\": \"the secret numbers\"}},"
            + " \"textBody\": [{\"partId\": \"b\", \"type\": \"text/plain\"}]" + smimeProperties + "}}}, \"c1\"]]");
    }

    /** The CMS enveloped-data of a stored application/pkcs7-mime message. */
    static CMSEnvelopedData envelopedData(String raw) throws Exception {
        String base64 = raw.substring(raw.indexOf("\r\n\r\n", raw.indexOf("enveloped-data")) + 4);
        return new CMSEnvelopedData(Base64.getMimeDecoder().decode(base64));
    }

    /** The content as {@code recipient} decrypts it with its private key, trying each RecipientInfo. */
    static java.util.Optional<String> decryptAs(CMSEnvelopedData data, SigningIdentity recipient) {
        for (RecipientInformation info : data.getRecipientInfos().getRecipients()) {
            try {
                return java.util.Optional.of(new String(info.getContent(new JceKeyAgreeEnvelopedRecipient(recipient.privateKey())
                    .setProvider(new BouncyCastleProvider())), StandardCharsets.ISO_8859_1));
            } catch (Exception wrongKey) {
                // not this recipient's RecipientInfo, or not its key
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    default void encryptingShouldNeverStoreThePlaintextMessage() {
        aliceCertificateIsKnown();
        String mailbox = newMailbox();
        String before = emailState();

        JsonNode response = createEmailIn(mailbox, ", \"smimeEncrypt\": true");

        String id = response.at("/methodResponses/0/1/created/k1/id").asText();
        assertThat(id).as(response.toString()).isNotEmpty();
        List<JsonNode> changes = emailChangesOneByOne(before);
        assertThat(idsOf(changes, "created")).as("every state since the call: %s", changes).containsExactly(id);
        assertThat(idsOf(changes, "updated")).isEmpty();
        assertThat(idsOf(changes, "destroyed")).isEmpty();
        assertThat(emailIdsIn(mailbox)).containsExactly(id);
        assertThat(response.at("/methodResponses/0/1/newState").asText()).isEqualTo(emailState());
    }

    @Test
    default void theStoredEncryptedMessageShouldOpenOnlyWithTheRecipientKey() throws Exception {
        SigningIdentity alice = aliceCertificateIsKnown();
        String mailbox = newMailbox();

        JsonNode created = createEmailIn(mailbox, ", \"smimeEncrypt\": true").at("/methodResponses/0/1/created/k1");

        String raw = download(created.get("blobId").asText());
        assertThat(raw).contains("smime-type=enveloped-data").contains("Subject: quarterly").doesNotContain("the secret numbers");
        assertThat(created.get("size").asLong()).isEqualTo(raw.getBytes(StandardCharsets.ISO_8859_1).length);
        CMSEnvelopedData data = envelopedData(raw);
        assertThat(decryptAs(data, alice)).hasValueSatisfying(inner -> assertThat(inner).contains("the secret numbers"));
        assertThat(decryptAs(data, bobIdentity())).as("the sender's own copy").isPresent();
        assertThat(decryptAs(data, pki().user("mallory@example.com"))).isEmpty();
        JsonNode email = bobCall("[[\"Email/get\", {\"accountId\": \"ACCOUNT\", \"ids\": [\"" + created.get("id").asText()
            + "\"], \"properties\": [\"mailboxIds\", \"keywords\", \"threadId\", \"blobId\", \"size\"]}, \"g\"]]")
            .at("/methodResponses/0/1/list/0");
        assertThat(email.get("mailboxIds").has(mailbox)).as(email.toString()).isTrue();
        assertThat(email.at("/keywords/$seen").asBoolean()).isTrue();
        assertThat(email.get("threadId").asText()).isEqualTo(created.get("threadId").asText());
        assertThat(email.get("size").asLong()).isEqualTo(created.get("size").asLong());
    }

    @Test
    default void signingShouldStoreOnlyTheSignedMessage() {
        String mailbox = newMailbox();
        String before = emailState();

        JsonNode response = createEmailIn(mailbox, ", \"smimeSign\": true");

        String id = response.at("/methodResponses/0/1/created/k1/id").asText();
        assertThat(id).as(response.toString()).isNotEmpty();
        List<JsonNode> changes = emailChangesOneByOne(before);
        assertThat(idsOf(changes, "created")).as("every state since the call: %s", changes).containsExactly(id);
        assertThat(idsOf(changes, "destroyed")).isEmpty();
        assertThat(emailIdsIn(mailbox)).containsExactly(id);
        String raw = download(response.at("/methodResponses/0/1/created/k1/blobId").asText());
        assertThat(raw).contains("multipart/signed");
        assertThat(new SmimeVerifier(Clock.systemUTC()).verify(raw.getBytes(StandardCharsets.ISO_8859_1),
            new TrustAnchors(List.of(pki().rootCertificate()), List.of()), Instant.now()).status()).isEqualTo(SmimeStatus.SIGNED_VERIFIED);
    }

    @Test
    default void plainProtectedAndRefusedCreationsShouldShareOneResponse() {
        aliceCertificateIsKnown();
        String mailbox = newMailbox();
        String other = newMailbox();
        String before = emailState();
        String common = "\"from\": [{\"email\": \"" + BOB + "\"}], \"subject\": \"mixed\", \"bodyValues\": {\"b\": {\"value\":"
            + " \"the secret numbers\"}}, \"textBody\": [{\"partId\": \"b\", \"type\": \"text/plain\"}]";
        String to = ", \"to\": [{\"email\": \"" + ALICE + "\"}]";

        JsonNode response = bobCall("[[\"Email/set\", {\"accountId\": \"ACCOUNT\", \"create\": {"
            + "\"plain\": {\"mailboxIds\": {\"" + mailbox + "\": true}, " + common + to + ", \"smimeSign\": false},"
            + "\"signed\": {\"mailboxIds\": {\"" + mailbox + "\": true}, " + common + to + ", \"smimeSign\": true},"
            + "\"nocert\": {\"mailboxIds\": {\"" + mailbox + "\": true}, " + common
            + ", \"to\": [{\"email\": \"nocert@example.com\"}], \"smimeEncrypt\": true},"
            + "\"twoMailboxes\": {\"mailboxIds\": {\"" + mailbox + "\": true, \"" + other + "\": true}, " + common + to
            + ", \"smimeEncrypt\": true},"
            + "\"noAttachment\": {\"mailboxIds\": {\"" + mailbox + "\": true}, " + common + to
            + ", \"attachments\": [{\"blobId\": \"missing\", \"type\": \"text/plain\"}], \"smimeEncrypt\": true}"
            + "}}, \"c1\"]]");

        JsonNode answer = response.at("/methodResponses/0/1");
        assertThat(answer.at("/created").size()).as(answer.toString()).isEqualTo(2);
        String plain = answer.at("/created/plain/id").asText();
        String signed = answer.at("/created/signed/id").asText();
        assertThat(answer.at("/notCreated/nocert/type").asText()).isEqualTo("smimeCertificateNotFound");
        assertThat(answer.at("/notCreated/twoMailboxes/type").asText()).isEqualTo("invalidProperties");
        assertThat(answer.at("/notCreated/twoMailboxes/description").asText()).isEqualTo("mailboxIds need to have size 1");
        assertThat(answer.at("/notCreated/noAttachment/type").asText()).isEqualTo("invalidProperties");
        assertThat(answer.at("/notCreated/noAttachment/properties/0").asText()).isEqualTo("attachments");
        assertThat(answer.get("newState").asText()).isEqualTo(emailState());
        assertThat(idsOf(emailChangesOneByOne(before), "created")).containsExactlyInAnyOrder(plain, signed);
        assertThat(emailIdsIn(mailbox)).containsExactlyInAnyOrder(plain, signed);
        assertThat(download(answer.at("/created/plain/blobId").asText())).doesNotContain("multipart/signed").contains("the secret numbers");
        assertThat(download(answer.at("/created/signed/blobId").asText())).contains("multipart/signed");
    }

    @Test
    default void withoutSmimeAdvancedAnEncryptionRequestShouldNotStoreThePlaintext() {
        aliceCertificateIsKnown();
        String mailbox = newMailbox();

        JsonNode response = bob().call("{\"using\": [\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\"], \"methodCalls\":"
            + " [[\"Email/set\", {\"accountId\": \"" + accountId() + "\", \"create\": {\"k1\": {\"mailboxIds\": {\"" + mailbox
            + "\": true}, \"to\": [{\"email\": \"" + ALICE + "\"}], \"bodyValues\": {\"b\": {\"value\": \"the secret numbers\"}},"
            + " \"textBody\": [{\"partId\": \"b\", \"type\": \"text/plain\"}], \"smimeEncrypt\": true}}}, \"c1\"]]}");

        // James alone ignores properties it does not know: it stored and would have sent the plaintext
        assertThat(response.at("/methodResponses/0/1/notCreated/k1/type").asText()).as(response.toString()).isEqualTo("invalidProperties");
        assertThat(response.at("/methodResponses/0/1/notCreated/k1/properties").toString()).contains("smimeEncrypt");
        assertThat(response.at("/methodResponses/0/1/created").path("k1").isMissingNode()).isTrue();
        assertThat(emailIdsIn(mailbox)).isEmpty();
    }

    String SUBMISSION_USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\", \"urn:ietf:params:jmap:submission\","
        + " \"urn:ietf:params:jmap:smime-advanced\"]";

    @Test
    default void anEncryptedCreationShouldBeReferencedByEmailSubmissionInTheSameRequest() {
        aliceCertificateIsKnown();
        String identityId = bob().call("{\"using\": " + SUBMISSION_USING + ", \"methodCalls\": [[\"Identity/get\", {\"accountId\": \""
            + accountId() + "\", \"ids\": null}, \"i\"]]}").at("/methodResponses/0/1/list/0/id").asText();
        JmapClient alice = server().client(ALICE);
        String aliceAccount = alice.sessionJson().at("/primaryAccounts/urn:ietf:params:jmap:mail").asText();
        int aliceEmails = aliceEmailIds(alice, aliceAccount).size();

        String calls = "[[\"Email/set\", {\"accountId\": \"ACCOUNT\", \"create\": {\"e\": {\"mailboxIds\": {\""
            + newMailbox() + "\": true}, \"from\": [{\"email\": \"" + BOB + "\"}], \"to\": [{\"email\": \"" + ALICE + "\"}],"
            + " \"subject\": \"submitted\", \"bodyValues\": {\"b\": {\"value\": \"the secret numbers\"}},"
            + " \"textBody\": [{\"partId\": \"b\", \"type\": \"text/plain\"}], \"smimeEncrypt\": true}}}, \"0\"],"
            + " [\"EmailSubmission/set\", {\"accountId\": \"ACCOUNT\", \"create\": {\"s\": {\"identityId\": \"" + identityId
            + "\", \"emailId\": \"#e\", \"envelope\": {\"mailFrom\": {\"email\": \"" + BOB + "\"}, \"rcptTo\": [{\"email\": \""
            + ALICE + "\"}]}}}}, \"1\"]]";
        JsonNode response = bob().call("{\"using\": " + SUBMISSION_USING + ", \"methodCalls\": " + calls.replace("ACCOUNT", accountId()) + "}");

        assertThat(response.at("/methodResponses/1/1/created/s/id").asText()).as(response.toString()).isNotEmpty();
        List<String> delivered = awaitNewEmail(alice, aliceAccount, aliceEmails);
        HttpResponse<String> raw = alice.send(alice.request("/download/" + aliceAccount + "/" + delivered.get(0)
            + "?type=message/rfc822&name=m.eml").GET().build());
        assertThat(raw.body()).contains("smime-type=enveloped-data").doesNotContain("the secret numbers");
    }

    static List<String> aliceEmailIds(JmapClient alice, String aliceAccount) {
        JsonNode ids = alice.call("{\"using\": " + USING + ", \"methodCalls\": [[\"Email/query\", {\"accountId\": \"" + aliceAccount
            + "\", \"sort\": [{\"property\": \"receivedAt\", \"isAscending\": false}]}, \"q\"]]}").at("/methodResponses/0/1/ids");
        return java.util.stream.StreamSupport.stream(ids.spliterator(), false).map(JsonNode::asText).toList();
    }

    /** Alice's emails, newest first, once there are more than {@code before}. */
    static List<String> awaitNewEmail(JmapClient alice, String aliceAccount, int before) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> ids = aliceEmailIds(alice, aliceAccount);
            if (ids.size() > before) {
                return ids;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("nothing delivered to " + ALICE);
    }

    String VERIFY_USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\", \"urn:ietf:params:jmap:smimeverify\"]";

    default JsonNode smimeStatuses(String id) {
        JsonNode response = bob().call("{\"using\": " + VERIFY_USING + ", \"methodCalls\": [[\"Email/get\", {\"accountId\": \""
            + accountId() + "\", \"ids\": [\"" + id + "\"], \"properties\": [\"smimeStatus\", \"smimeStatusAtDelivery\","
            + " \"smimeErrors\"]}, \"g\"]]}");
        assertThat(response.at("/methodResponses/0/0").asText()).as(response.toString()).isEqualTo("Email/get");
        return response.at("/methodResponses/0/1/list/0");
    }

    default byte[] signedThenEncryptedTo(SigningIdentity signer, SigningIdentity recipient) {
        return org.jmapx.smime.sign.SmimeComposer.compose(
            org.jmapx.smime.testing.TestMessages.plain(ALICE, BOB, "for bob only", "the secret numbers"),
            java.util.Optional.of(signer), List.of(recipient.certificate()));
    }

    @Test
    default void receivedMailEncryptedToTheUserShouldReportTheSignatureInside() {
        String id = SmimeMailbox.create(server(), BOB).deliver(signedThenEncryptedTo(pki().user(ALICE), bobIdentity()));

        JsonNode email = smimeStatuses(id);
        assertThat(email.get("smimeStatus").asText()).as(email.toString()).isEqualTo("encrypted+signed/verified");
        assertThat(email.get("smimeStatusAtDelivery").asText()).isEqualTo("encrypted+signed/verified");
        assertThat(email.get("smimeErrors").isNull()).isTrue();
    }

    @Test
    default void receivedMailEncryptedWithAnUntrustedSignatureInsideShouldFail() {
        String id = SmimeMailbox.create(server(), BOB).deliver(signedThenEncryptedTo(pki().untrustedUser(ALICE), bobIdentity()));

        JsonNode email = smimeStatuses(id);
        assertThat(email.get("smimeStatus").asText()).as(email.toString()).isEqualTo("encrypted+signed/failed");
        assertThat(email.get("smimeErrors").size()).isPositive();
    }

    @Test
    default void receivedMailEncryptedToSomeoneElseShouldStayUnknown() {
        String id = SmimeMailbox.create(server(), BOB).deliver(
            signedThenEncryptedTo(pki().user(ALICE), pki().user("carol@example.com")));

        assertThat(smimeStatuses(id).get("smimeStatus").asText()).isEqualTo("unknown");
    }

    @Test
    default void aVerifiedSignedMessageShouldTeachItsSignerCertificateForEncryption() {
        String dave = "dave@example.com";
        assertThat(createEmail(dave, ", \"smimeEncrypt\": true").at("/methodResponses/0/1/notCreated/k1/type").asText())
            .isEqualTo("smimeCertificateNotFound");

        String id = SmimeMailbox.create(server(), BOB).deliver(
            org.jmapx.smime.testing.TestMessages.multipartSigned(dave, BOB, "hello", "signed by dave", pki().user(dave)));
        assertThat(smimeStatuses(id).get("smimeStatus").asText()).isEqualTo("signed/verified");

        JsonNode response = createEmail(dave, ", \"smimeEncrypt\": true");
        assertThat(response.at("/methodResponses/0/1/created/k1").isObject()).as(response.toString()).isTrue();
    }

    @Test
    default void aFailedSignatureShouldTeachNothing() {
        String erin = "erin@example.com";
        String id = SmimeMailbox.create(server(), BOB).deliver(
            org.jmapx.smime.testing.TestMessages.multipartSigned(erin, BOB, "hello", "untrusted", pki().untrustedUser(erin)));
        assertThat(smimeStatuses(id).get("smimeStatus").asText()).isEqualTo("signed/failed");

        assertThat(createEmail(erin, ", \"smimeEncrypt\": true").at("/methodResponses/0/1/notCreated/k1/type").asText())
            .isEqualTo("smimeCertificateNotFound");
    }

    /** A multipart/mixed message with a text body and a text attachment, encrypted (not signed) to {@code recipient}. */
    default byte[] encryptedWithAttachmentTo(SigningIdentity recipient) {
        byte[] plain = org.jmapx.smime.testing.TestMessages.withBody(ALICE, BOB, "the plan",
            "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nthe secret numbers\r\n"
                + "--b1\r\nContent-Type: text/plain; name=\"plan.txt\"\r\nContent-Disposition: attachment; filename=\"plan.txt\"\r\n\r\n"
                + "step one, step two\r\n--b1--\r\n");
        return org.jmapx.smime.sign.SmimeComposer.compose(plain, java.util.Optional.empty(), List.of(recipient.certificate()));
    }

    default JsonNode bodies(String using, String id, String properties) {
        JsonNode response = bob().call("{\"using\": " + using + ", \"methodCalls\": [[\"Email/get\", {\"accountId\": \""
            + accountId() + "\", \"ids\": [\"" + id + "\"]" + properties + ", \"fetchTextBodyValues\": true}, \"g\"]]}");
        assertThat(response.at("/methodResponses/0/0").asText()).as(response.toString()).isEqualTo("Email/get");
        return response.at("/methodResponses/0/1/list/0");
    }

    String BODY_PROPERTIES = ", \"properties\": [\"subject\", \"textBody\", \"attachments\", \"bodyValues\", \"hasAttachment\", \"preview\"]";

    @Test
    default void mailEncryptedToTheUserShouldShowItsDecryptedBodyWithSmimeAdvanced() {
        String id = SmimeMailbox.create(server(), BOB).deliver(encryptedWithAttachmentTo(bobIdentity()));

        JsonNode email = bodies(USING, id, BODY_PROPERTIES);
        assertThat(email.get("subject").asText()).isEqualTo("the plan");
        String textPart = email.at("/textBody/0/partId").asText();
        assertThat(email.at("/bodyValues/" + textPart + "/value").asText()).as(email.toString()).contains("the secret numbers");
        assertThat(email.at("/preview").asText()).contains("the secret numbers");
        assertThat(email.get("hasAttachment").asBoolean()).isTrue();
        assertThat(email.at("/attachments").size()).isEqualTo(1);
        assertThat(email.at("/attachments/0/name").asText()).isEqualTo("plan.txt");
        assertThat(email.at("/attachments/0/type").asText()).isEqualTo("text/plain");
        // the decrypted attachment downloads like any attachment
        assertThat(download(email.at("/attachments/0/blobId").asText())).contains("step one, step two");
    }

    @Test
    default void withoutSmimeAdvancedTheStoredEncryptedFormShouldBeShown() {
        String id = SmimeMailbox.create(server(), BOB).deliver(encryptedWithAttachmentTo(bobIdentity()));

        JsonNode email = bodies("[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\"]", id, BODY_PROPERTIES);
        assertThat(email.toString()).doesNotContain("the secret numbers").doesNotContain("plan.txt");
        assertThat(email.at("/attachments/0/type").asText()).isEqualTo("application/pkcs7-mime");
    }

    @Test
    default void mailEncryptedToSomeoneElseShouldKeepItsEncryptedForm() {
        String id = SmimeMailbox.create(server(), BOB).deliver(encryptedWithAttachmentTo(pki().user("carol@example.com")));

        JsonNode email = bodies(USING, id, BODY_PROPERTIES);
        assertThat(email.at("/attachments/0/type").asText()).as(email.toString()).isEqualTo("application/pkcs7-mime");
        assertThat(email.toString()).doesNotContain("plan.txt");
    }

    @Test
    default void defaultPropertiesShouldBeDecryptedWithoutLeakingTheContentTypeProbe() {
        String id = SmimeMailbox.create(server(), BOB).deliver(encryptedWithAttachmentTo(bobIdentity()));

        JsonNode email = bodies(USING, id, "");
        assertThat(email.at("/attachments/0/name").asText()).as(email.toString()).isEqualTo("plan.txt");
        assertThat(email.has("header:Content-Type")).isFalse();
        assertThat(email.get("subject").asText()).isEqualTo("the plan");
    }

    @Test
    default void theWholeDecryptedMessageShouldDownloadForItsRecipientOnly() {
        String id = SmimeMailbox.create(server(), BOB).deliver(encryptedWithAttachmentTo(bobIdentity()));

        assertThat(download("decrypted-" + id)).contains("Subject: the plan").contains("the secret numbers");

        JmapClient alice = server().client(ALICE);
        String aliceAccount = alice.sessionJson().at("/primaryAccounts/urn:ietf:params:jmap:mail").asText();
        HttpResponse<String> stolen = alice.send(alice.request("/download/" + aliceAccount + "/decrypted-" + id).GET().build());
        assertThat(stolen.statusCode()).isEqualTo(404);
        assertThat(stolen.body()).doesNotContain("the secret numbers");
    }

    @Test
    default void aDelegateShouldNotReadTheOwnersMailWithTheOwnersKey() {
        String id = SmimeMailbox.create(server(), BOB).deliver(encryptedWithAttachmentTo(bobIdentity()));
        server().server().getProbe(org.apache.james.utils.DataProbeImpl.class)
            .addAuthorizedUser(org.apache.james.core.Username.of(BOB), org.apache.james.core.Username.of(ALICE));
        JmapClient alice = server().client(ALICE);

        JsonNode response = alice.call("{\"using\": " + USING + ", \"methodCalls\": [[\"Email/get\", {\"accountId\": \""
            + accountId() + "\", \"ids\": [\"" + id + "\"]" + BODY_PROPERTIES + ", \"fetchTextBodyValues\": true}, \"g\"]]}");
        HttpResponse<String> download = alice.send(alice.request("/download/" + accountId() + "/decrypted-" + id).GET().build());

        // the delegate reads Bob's account, but holds no key that opens the message
        assertThat(response.at("/methodResponses/0/1/list/0/attachments/0/type").asText()).as(response.toString())
            .isEqualTo("application/pkcs7-mime");
        assertThat(response.toString()).doesNotContain("the secret numbers");
        assertThat(download.statusCode()).isEqualTo(404);
        assertThat(download.body()).doesNotContain("the secret numbers");
    }

    @Test
    default void propertiesThatAreNotAListShouldBeInvalidArgumentsNotAServerError() {
        HttpResponse<String> response = bob().post("{\"using\": " + USING + ", \"methodCalls\": [[\"Email/get\", {\"accountId\": \""
            + accountId() + "\", \"ids\": [], \"properties\": \"textBody\"}, \"g\"]]}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JmapClient.parse(response.body()).at("/methodResponses/0");
        assertThat(answer.at("/0").asText()).isEqualTo("error");
        assertThat(answer.at("/1/type").asText()).isEqualTo("invalidArguments");
    }
}
