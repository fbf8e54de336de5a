package org.jmapx.it.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Email/import as RFC 8621 4.8 describes it (JMAPX's method in place of James 3.8.1's, docs/adr/0006):
 * the stored message is the upload byte for byte, keywords and receivedAt are optional, several
 * mailboxes may be named, and each EmailImport succeeds or fails on its own.
 */
public interface EmailImportContract {
    JmapxServerExtension server();

    /**
     * Quoted-printable with soft breaks at 40 columns and an encoded plain letter ("=41"), a base64
     * attachment in 64-column lines: mime4j writes both back differently (76 columns, "A"), which is what
     * James's Email/import stored.
     */
    String ENCODED_MESSAGE = "From: Alice <alice@example.com>\r\nTo: Bob <bob@example.com>\r\n"
        + "Subject: Report\r\nMessage-ID: <report-1@example.com>\r\nDate: Mon, 01 Jan 2024 12:00:00 +0000\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
        + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + "=41 long line of quoted-printable text t=\r\nhat a client wrapped at forty columns=\r\n, as some mailers do, r=C3=A9sum=C3=A9 =\r\nincluded.\r\n"
        + "--b1\r\nContent-Type: application/octet-stream; name=\"data.bin\"\r\nContent-Disposition: attachment; filename=\"data.bin\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n"
        + wrapped(Base64.getEncoder().encodeToString(new byte[200]), 64)
        + "--b1--\r\n";

    String PLAIN = "From: a@example.com\r\nTo: b@example.com\r\nSubject: imported\r\nMessage-ID: <MID@example.com>\r\n"
        + "Content-Type: text/plain\r\n\r\nbody\r\n";

    /** A 1x1 PNG. */
    byte[] PNG = Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static String wrapped(String base64, int columns) {
        StringBuilder lines = new StringBuilder();
        for (int start = 0; start < base64.length(); start += columns) {
            lines.append(base64, start, Math.min(base64.length(), start + columns)).append("\r\n");
        }
        return lines.toString();
    }

    private MailUser importer() {
        return MailUser.create(server());
    }

    private static String plain(MailUser user) {
        return user.upload("message/rfc822", PLAIN.replace("MID", UUID.randomUUID().toString()));
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode importResponse(MailUser user, String emails) {
        return user.single("Email/import", "{\"accountId\": \"%1$s\", \"emails\": " + emails + "}");
    }

    @Test
    default void emailImportShouldStoreTheUploadedBytesExactly() {
        MailUser user = importer();
        byte[] uploaded = ENCODED_MESSAGE.getBytes(StandardCharsets.US_ASCII);
        String blobId = user.upload("message/rfc822", uploaded);

        // keywords and receivedAt given so that James's Email/import accepts the call too: only the bytes differ
        JsonNode created = importResponse(user, "{\"m\": {\"blobId\": \"" + blobId + "\", \"mailboxIds\": {\""
            + user.mailboxIdOfRole("inbox") + "\": true}, \"keywords\": {\"$seen\": true}, \"receivedAt\": \"2024-01-01T12:00:00Z\"}}")
            .path("created").path("m");
        JsonNode email = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + created.path("id").asText()
            + "\"], \"properties\": [\"blobId\", \"size\"]}").at("/list/0");

        assertThat(created.path("size").asInt()).as("created %s", created).isEqualTo(uploaded.length);
        assertThat(email.path("size").asInt()).isEqualTo(uploaded.length);
        assertThat(new String(user.download(email.path("blobId").asText()), StandardCharsets.US_ASCII)).isEqualTo(ENCODED_MESSAGE);
        assertThat(user.download(created.path("blobId").asText())).isEqualTo(uploaded);
    }

    /** RFC 8621 4.8: keywords default to {}, receivedAt to the time of import. */
    @Test
    default void emailImportShouldTakeNoKeywordsOrEmptyKeywords() {
        MailUser user = importer();
        String inbox = user.mailboxIdOfRole("inbox");

        JsonNode response = importResponse(user, "{\"omitted\": {\"blobId\": \"" + plain(user) + "\", \"mailboxIds\": {\"" + inbox
            + "\": true}}, \"empty\": {\"blobId\": \"" + plain(user) + "\", \"mailboxIds\": {\"" + inbox
            + "\": true}, \"keywords\": {}}}");
        JsonNode emails = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\""
            + response.at("/created/omitted/id").asText() + "\", \"" + response.at("/created/empty/id").asText()
            + "\"], \"properties\": [\"keywords\"]}");

        assertThat(fieldNames(response.path("created"))).as("%s", response).containsExactlyInAnyOrder("omitted", "empty");
        assertThat(emails.path("list").size()).isEqualTo(2);
        emails.path("list").forEach(email -> assertThat(email.path("keywords").isEmpty()).as("%s", email).isTrue());
    }

    @Test
    default void emailImportIntoTwoMailboxesShouldPutTheEmailInBoth() {
        MailUser user = importer();
        String inbox = user.mailboxIdOfRole("inbox");
        String archive = user.mailboxIdOfRole("archive");

        String id = importResponse(user, "{\"m\": {\"blobId\": \"" + plain(user) + "\", \"mailboxIds\": {\"" + inbox + "\": true, \""
            + archive + "\": true}, \"keywords\": {\"$seen\": true}}}").at("/created/m/id").asText();
        JsonNode email = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id
            + "\"], \"properties\": [\"mailboxIds\", \"keywords\"]}").at("/list/0");
        JsonNode archived = user.single("Email/query", "{\"accountId\": \"%1$s\", \"filter\": {\"inMailbox\": \"" + archive + "\"}}");

        assertThat(fieldNames(email.path("mailboxIds"))).as("%s", email).containsExactlyInAnyOrder(inbox, archive);
        assertThat(email.at("/keywords/$seen").asBoolean()).isTrue();
        assertThat(texts(archived.path("ids"))).containsExactly(id);
    }

    /** The unknown upload id has a random (not time-based) UUID, which James's Cassandra uploads refuse differently. */
    @Test
    default void anUnknownBlobShouldBeNotFoundWithoutFailingTheOtherImport() {
        MailUser user = importer();
        String inbox = user.mailboxIdOfRole("inbox");

        JsonNode response = importResponse(user, "{\"good\": {\"blobId\": \"" + plain(user) + "\", \"mailboxIds\": {\"" + inbox
            + "\": true}}, \"missing\": {\"blobId\": \"uploads-" + UUID.randomUUID() + "\", \"mailboxIds\": {\"" + inbox + "\": true}}}");

        assertThat(fieldNames(response.path("created"))).as("%s", response).containsExactly("good");
        assertThat(fieldNames(response.path("notCreated"))).containsExactly("missing");
        assertThat(response.at("/notCreated/missing/type").asText()).isEqualTo("notFound");
        assertThat(response.at("/notCreated/missing/properties/0").asText()).isEqualTo("blobId");
    }

    @Test
    default void anInvalidKeywordShouldBeInvalidProperties() {
        MailUser user = importer();
        String inbox = user.mailboxIdOfRole("inbox");

        JsonNode response = importResponse(user, "{\"recent\": {\"blobId\": \"" + plain(user) + "\", \"mailboxIds\": {\"" + inbox
            + "\": true}, \"keywords\": {\"$recent\": true}}, \"bracket\": {\"blobId\": \"" + plain(user) + "\", \"mailboxIds\": {\""
            + inbox + "\": true}, \"keywords\": {\"a(b\": true}}}");

        assertThat(response.path("created").isMissingNode()).as("%s", response).isTrue();
        for (String creationId : List.of("recent", "bracket")) {
            assertThat(response.at("/notCreated/" + creationId + "/type").asText()).as("%s", response).isEqualTo("invalidProperties");
            assertThat(response.at("/notCreated/" + creationId + "/properties/0").asText()).isEqualTo("keywords");
        }
        assertThat(user.single("Email/query", "{\"accountId\": \"%1$s\"}").path("ids").size()).isZero();
    }

    @Test
    default void mailboxIdsShouldNameAtLeastOneExistingMailbox() {
        MailUser user = importer();
        String unknownMailbox = user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"create\": {\"m\": {\"name\": \"gone\"}}}")
            .at("/created/m/id").asText();
        user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"destroy\": [\"" + unknownMailbox + "\"]}");

        JsonNode response = importResponse(user, "{\"none\": {\"blobId\": \"" + plain(user) + "\", \"mailboxIds\": {}},"
            + " \"unknown\": {\"blobId\": \"" + plain(user) + "\", \"mailboxIds\": {\"" + user.mailboxIdOfRole("inbox") + "\": true, \""
            + unknownMailbox + "\": true}}}");

        assertThat(response.at("/notCreated/none/type").asText()).as("%s", response).isEqualTo("invalidProperties");
        assertThat(response.at("/notCreated/none/properties/0").asText()).isEqualTo("mailboxIds");
        assertThat(response.at("/notCreated/unknown/type").asText()).isEqualTo("notFound");
        assertThat(response.at("/notCreated/unknown/properties/0").asText()).isEqualTo("mailboxIds");
        assertThat(user.single("Email/query", "{\"accountId\": \"%1$s\"}").path("ids").size()).as("nothing half-imported").isZero();
    }

    /** Bytes mime4j cannot read as a message with header fields are refused with RFC 8621 4.8's invalidEmail. */
    @Test
    default void bytesThatAreNotAMessageShouldBeAnInvalidEmail() {
        MailUser user = importer();
        String inbox = user.mailboxIdOfRole("inbox");

        JsonNode response = importResponse(user, "{\"png\": {\"blobId\": \"" + user.upload("image/png", PNG) + "\", \"mailboxIds\": {\""
            + inbox + "\": true}}, \"empty\": {\"blobId\": \"" + user.upload("message/rfc822", new byte[0]) + "\", \"mailboxIds\": {\""
            + inbox + "\": true}}}");

        assertThat(response.at("/notCreated/png/type").asText()).as("%s", response).isEqualTo("invalidEmail");
        assertThat(response.at("/notCreated/empty/type").asText()).isEqualTo("invalidEmail");
        assertThat(user.single("Email/query", "{\"accountId\": \"%1$s\"}").path("ids").size()).isZero();
    }

    @Test
    default void aCreationIdShouldResolveLaterInTheRequest() {
        MailUser user = importer();

        JsonNode response = user.call("""
            [["Email/import", {"accountId": "%1$s", "emails": {"e1": {"blobId": "BLOB", "mailboxIds": {"INBOX": true}}}}, "c1"],
             ["Email/get", {"accountId": "%1$s", "ids": ["#e1"], "properties": ["subject"]}, "c2"]]"""
            .replace("BLOB", plain(user)).replace("INBOX", user.mailboxIdOfRole("inbox")));

        assertThat(response.at("/methodResponses/1/1/list/0/id").asText()).as("%s", response)
            .isEqualTo(response.at("/methodResponses/0/1/created/e1/id").asText());
        assertThat(response.at("/methodResponses/1/1/list/0/subject").asText()).isEqualTo("imported");
    }

    /** RFC 8621 4.8 ifInState; oldState/newState are the Email states Email/get and Email/changes use. */
    @Test
    default void ifInStateShouldGuardTheImportAndTheStatesShouldBeTheEmailStates() {
        MailUser user = importer();
        String inbox = user.mailboxIdOfRole("inbox");
        String state = user.state("Email");

        JsonNode stale = user.call("[[\"Email/import\", {\"accountId\": \"%1$s\", \"ifInState\": \"" + UUID.randomUUID()
            + "\", \"emails\": {\"m\": {\"blobId\": \"" + plain(user) + "\", \"mailboxIds\": {\"" + inbox + "\": true}}}}, \"c\"]]");
        JsonNode current = importResponse(user, "{\"m\": {\"blobId\": \"" + plain(user) + "\", \"mailboxIds\": {\"" + inbox
            + "\": true}}}, \"ifInState\": \"" + state + "\"");
        JsonNode changes = user.single("Email/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + state + "\"}");

        assertThat(stale.at("/methodResponses/0/0").asText()).as("%s", stale).isEqualTo("error");
        assertThat(stale.at("/methodResponses/0/1/type").asText()).isEqualTo("stateMismatch");
        assertThat(current.path("oldState").asText()).as("%s", current).isEqualTo(state);
        assertThat(current.path("newState").asText()).isEqualTo(user.state("Email")).isNotEqualTo(state);
        assertThat(texts(changes.path("created"))).containsExactly(current.at("/created/m/id").asText());
        assertThat(changes.path("destroyed").size()).isZero();
    }
}
