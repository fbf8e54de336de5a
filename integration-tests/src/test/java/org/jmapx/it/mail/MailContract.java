package org.jmapx.it.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every RFC 8621 method James 3.8.1 serves, over HTTP, on each flavour: the assembled server is the
 * product, and a wiring gap in James's mail (Email/import on Cassandra hung on the driver's I/O thread)
 * must fail here before it reaches an operator. Each test has its own fresh user.
 */
public interface MailContract {
    JmapxServerExtension server();

    String PLAIN_MESSAGE = "From: Alice <alice@example.com>\r\nTo: Bob <bob@example.com>\r\n"
        + "Subject: Lunch\r\nMessage-ID: <lunch-1@example.com>\r\nDate: Mon, 01 Jan 2024 12:00:00 +0000\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\nShall we meet at noon?\r\n";

    String REPLY_MESSAGE = "From: Bob <bob@example.com>\r\nTo: Alice <alice@example.com>\r\n"
        + "Subject: Re: Lunch\r\nMessage-ID: <lunch-2@example.com>\r\nIn-Reply-To: <lunch-1@example.com>\r\n"
        + "References: <lunch-1@example.com>\r\nDate: Mon, 01 Jan 2024 12:05:00 +0000\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\nNoon is fine.\r\n";

    private MailUser user() {
        return MailUser.create(server());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String importInto(MailUser user, String blobId, String mailboxId) {
        JsonNode created = user.single("Email/import", """
            {"accountId": "%1$s", "emails": {"m": {"blobId": "BLOB", "mailboxIds": {"MAILBOX": true},
             "keywords": {"$seen": true}, "receivedAt": "2024-01-01T12:00:00Z"}}}"""
            .replace("BLOB", blobId).replace("MAILBOX", mailboxId)).path("created").path("m");
        assertThat(created.path("id").asText()).as("Email/import created %s", created).isNotEmpty();
        return created.path("id").asText();
    }

    @Test
    default void mailboxSetShouldCreateRenameAndDestroyWithChangesForEachStep() {
        MailUser user = user();
        String before = user.state("Mailbox");

        String id = user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"create\": {\"p\": {\"name\": \"Projects\"}}}")
            .path("created").path("p").path("id").asText();
        JsonNode created = user.single("Mailbox/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + before + "\"}");
        user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"update\": {\"" + id + "\": {\"name\": \"Archive 2024\"}}}");
        JsonNode renamed = user.single("Mailbox/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id + "\"], \"properties\": [\"name\"]}");
        String afterRename = renamed.path("state").asText();
        user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"destroy\": [\"" + id + "\"]}");
        JsonNode destroyed = user.single("Mailbox/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + afterRename + "\"}");

        assertThat(texts(created.path("created"))).containsExactly(id);
        assertThat(renamed.at("/list/0/name").asText()).isEqualTo("Archive 2024");
        assertThat(texts(destroyed.path("destroyed"))).containsExactly(id);
    }

    @Test
    default void mailboxQueryShouldFindTheInboxByRole() {
        MailUser user = user();
        String inbox = user.mailboxIdOfRole("inbox");

        JsonNode query = user.single("Mailbox/query", "{\"accountId\": \"%1$s\", \"filter\": {\"role\": \"inbox\"}}");

        assertThat(texts(query.path("ids"))).containsExactly(inbox);
    }

    @Test
    default void emailSetShouldCreateAnEmailThatGetQueryAndChangesSee() {
        MailUser user = user();
        String drafts = user.mailboxIdOfRole("drafts");
        String before = user.state("Email");

        String id = user.single("Email/set", """
            {"accountId": "%1$s", "create": {"d": {"mailboxIds": {"DRAFTS": true}, "keywords": {"$draft": true},
             "subject": "Quarterly report", "from": [{"name": "Me", "email": "me@example.com"}],
             "to": [{"email": "boss@example.com"}],
             "bodyValues": {"1": {"value": "Numbers attached."}},
             "textBody": [{"partId": "1", "type": "text/plain"}]}}}""".replace("DRAFTS", drafts))
            .path("created").path("d").path("id").asText();
        JsonNode got = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id
            + "\"], \"properties\": [\"subject\", \"mailboxIds\", \"bodyValues\", \"textBody\"], \"fetchTextBodyValues\": true}");
        JsonNode query = user.single("Email/query", "{\"accountId\": \"%1$s\", \"filter\": {\"inMailbox\": \"" + drafts + "\"}}");
        JsonNode changes = user.single("Email/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + before + "\"}");

        assertThat(got.at("/list/0/subject").asText()).isEqualTo("Quarterly report");
        assertThat(got.at("/list/0/mailboxIds").has(drafts)).isTrue();
        String partId = got.at("/list/0/textBody/0/partId").asText();
        assertThat(got.at("/list/0/bodyValues").path(partId).path("value").asText()).isEqualTo("Numbers attached.");
        assertThat(texts(query.path("ids"))).containsExactly(id);
        assertThat(texts(changes.path("created"))).containsExactly(id);
    }

    @Test
    default void emailSetShouldUpdateKeywordsAndDestroyWithChanges() {
        MailUser user = user();
        String id = importInto(user, user.upload("message/rfc822", PLAIN_MESSAGE), user.mailboxIdOfRole("inbox"));
        String imported = user.state("Email");

        user.single("Email/set", "{\"accountId\": \"%1$s\", \"update\": {\"" + id + "\": {\"keywords/$flagged\": true}}}");
        JsonNode flagged = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id + "\"], \"properties\": [\"keywords\"]}");
        JsonNode updated = user.single("Email/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + imported + "\"}");
        user.single("Email/set", "{\"accountId\": \"%1$s\", \"destroy\": [\"" + id + "\"]}");
        JsonNode destroyed = user.single("Email/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + flagged.path("state").asText() + "\"}");
        JsonNode gone = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id + "\"]}");

        assertThat(flagged.at("/list/0/keywords/$flagged").asBoolean()).isTrue();
        assertThat(flagged.at("/list/0/keywords/$seen").asBoolean()).isTrue();
        assertThat(texts(updated.path("updated"))).containsExactly(id);
        assertThat(texts(destroyed.path("destroyed"))).containsExactly(id);
        assertThat(texts(gone.path("notFound"))).containsExactly(id);
    }

    @Test
    default void emailImportShouldStoreAnUploadedMessage() {
        MailUser user = user();
        String inbox = user.mailboxIdOfRole("inbox");

        String id = importInto(user, user.upload("message/rfc822", PLAIN_MESSAGE), inbox);
        JsonNode got = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id
            + "\"], \"properties\": [\"subject\", \"from\", \"receivedAt\", \"keywords\", \"mailboxIds\", \"preview\"]}");

        assertThat(got.at("/list/0/subject").asText()).isEqualTo("Lunch");
        assertThat(got.at("/list/0/from/0/email").asText()).isEqualTo("alice@example.com");
        assertThat(got.at("/list/0/receivedAt").asText()).isEqualTo("2024-01-01T12:00:00Z");
        assertThat(got.at("/list/0/keywords/$seen").asBoolean()).isTrue();
        assertThat(got.at("/list/0/mailboxIds").has(inbox)).isTrue();
        assertThat(got.at("/list/0/preview").asText()).startsWith("Shall we meet at noon?");
    }

    @Test
    default void emailImportShouldStoreTheBlobOfAnExistingEmail() {
        MailUser user = user();
        String inbox = user.mailboxIdOfRole("inbox");
        String first = importInto(user, user.upload("message/rfc822", PLAIN_MESSAGE), inbox);
        String blobId = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + first + "\"], \"properties\": [\"blobId\"]}")
            .at("/list/0/blobId").asText();

        String copy = importInto(user, blobId, user.mailboxIdOfRole("archive"));

        assertThat(copy).isNotEqualTo(first);
        assertThat(user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + copy + "\"], \"properties\": [\"subject\"]}")
            .at("/list/0/subject").asText()).isEqualTo("Lunch");
    }

    @Test
    default void emailParseShouldReadAnUploadedMessageWithoutStoringIt() {
        MailUser user = user();
        String blobId = user.upload("message/rfc822", PLAIN_MESSAGE);

        JsonNode parsed = user.single("Email/parse", "{\"accountId\": \"%1$s\", \"blobIds\": [\"" + blobId
            + "\"], \"properties\": [\"subject\", \"messageId\"]}");

        assertThat(parsed.path("parsed").path(blobId).path("subject").asText()).isEqualTo("Lunch");
        assertThat(texts(parsed.path("parsed").path(blobId).path("messageId"))).containsExactly("lunch-1@example.com");
        assertThat(user.single("Email/query", "{\"accountId\": \"%1$s\"}").path("ids").size()).isZero();
    }

    @Test
    default void emailQueryShouldFilterBySubjectAndSortBySentAt() {
        MailUser user = user();
        String inbox = user.mailboxIdOfRole("inbox");
        String lunch = importInto(user, user.upload("message/rfc822", PLAIN_MESSAGE), inbox);
        String reply = importInto(user, user.upload("message/rfc822", REPLY_MESSAGE), inbox);

        JsonNode all = user.single("Email/query", "{\"accountId\": \"%1$s\", \"filter\": {\"inMailbox\": \"" + inbox
            + "\"}, \"sort\": [{\"property\": \"sentAt\", \"isAscending\": false}]}");
        JsonNode replies = user.single("Email/query", "{\"accountId\": \"%1$s\", \"filter\": {\"subject\": \"Re:\"}}");

        assertThat(texts(all.path("ids"))).containsExactly(reply, lunch);
        assertThat(texts(replies.path("ids"))).containsExactly(reply);
    }

    @Test
    default void threadGetShouldGroupAReplyWithItsOriginal() {
        MailUser user = user();
        String inbox = user.mailboxIdOfRole("inbox");
        String before = user.state("Thread");
        String lunch = importInto(user, user.upload("message/rfc822", PLAIN_MESSAGE), inbox);
        String reply = importInto(user, user.upload("message/rfc822", REPLY_MESSAGE), inbox);
        JsonNode emails = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + lunch + "\", \"" + reply
            + "\"], \"properties\": [\"threadId\"]}");
        String threadId = emails.at("/list/0/threadId").asText();

        JsonNode thread = user.single("Thread/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + threadId + "\"]}");
        JsonNode changes = user.call("[[\"Thread/changes\", {\"accountId\": \"%1$s\", \"sinceState\": \"" + before + "\"}, \"c\"]]")
            .at("/methodResponses/0");

        assertThat(emails.at("/list/1/threadId").asText()).isEqualTo(threadId);
        assertThat(texts(thread.at("/list/0/emailIds"))).containsExactlyInAnyOrder(lunch, reply);
        // James 3.8.1's Thread/changes was a stub ("no changes"); JMAPX's reports the new Thread (MailConformanceContract)
        assertThat(changes.path(0).asText()).isEqualTo("Thread/changes");
        assertThat(changes.path(1).path("newState").asText()).isNotEqualTo(before);
        assertThat(texts(changes.path(1).path("created"))).containsExactly(threadId);
    }

    @Test
    default void identitySetShouldCreateAnIdentityThatGetAndChangesSee() {
        MailUser user = user();
        String before = user.state("Identity");

        JsonNode set = user.single("Identity/set", "{\"accountId\": \"%1$s\", \"create\": {\"i\": {\"name\": \"Work\", \"email\": \""
            + user.username() + "\", \"textSignature\": \"-- work\"}}}");
        String id = set.path("created").path("i").path("id").asText();
        JsonNode identities = user.single("Identity/get", "{\"accountId\": \"%1$s\", \"ids\": null}");
        JsonNode changes = user.single("Identity/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + before + "\"}");

        assertThat(id).as("Identity/set answered %s", set).isNotEmpty();
        assertThat(identities.path("list").findValuesAsText("id")).contains(id);
        // James 3.8.1's Identity/changes is a stub: no changes, the state unchanged (docs/conformance.md)
        assertThat(changes.path("newState").asText()).isEqualTo(before);
        assertThat(changes.path("created").size()).isZero();
    }

    @Test
    default void emailSubmissionShouldDeliverToAnotherUserOfTheServer() throws InterruptedException {
        MailUser sender = user();
        MailUser recipient = user();
        String recipientInbox = recipient.mailboxIdOfRole("inbox");
        String identityId = sender.single("Identity/get", "{\"accountId\": \"%1$s\", \"ids\": null}").at("/list/0/id").asText();

        JsonNode response = sender.call("""
            [["Email/set", {"accountId": "%1$s", "create": {"e": {"mailboxIds": {"SENT": true},
               "subject": "Hello over JMAP", "from": [{"email": "FROM"}], "to": [{"email": "TO"}],
               "bodyValues": {"1": {"value": "Delivered by EmailSubmission/set."}},
               "textBody": [{"partId": "1", "type": "text/plain"}]}}}, "0"],
             ["EmailSubmission/set", {"accountId": "%1$s", "create": {"s": {"identityId": "IDENTITY", "emailId": "#e",
               "envelope": {"mailFrom": {"email": "FROM"}, "rcptTo": [{"email": "TO"}]}}}}, "1"]]"""
            .replace("SENT", sender.mailboxIdOfRole("sent")).replace("FROM", sender.username())
            .replace("TO", recipient.username()).replace("IDENTITY", identityId));
        JsonNode delivered = recipient.awaitEmailsIn(recipientInbox, 1, Duration.ofSeconds(30));

        assertThat(response.at("/methodResponses/1/1/created/s/id").asText()).as("EmailSubmission/set answered %s", response).isNotEmpty();
        assertThat(delivered.size()).isEqualTo(1);
        assertThat(recipient.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + delivered.get(0).asText()
            + "\"], \"properties\": [\"subject\"]}").at("/list/0/subject").asText()).isEqualTo("Hello over JMAP");
    }

    @Test
    default void vacationResponseSetShouldBeReadBackByGet() {
        MailUser user = user();

        JsonNode set = user.single("VacationResponse/set", """
            {"accountId": "%1$s", "update": {"singleton": {"isEnabled": true, "subject": "Away",
             "textBody": "Back on Monday.", "fromDate": "2030-01-01T00:00:00Z", "toDate": "2030-01-08T00:00:00Z"}}}""");
        JsonNode got = user.single("VacationResponse/get", "{\"accountId\": \"%1$s\", \"ids\": null}");

        assertThat(set.path("updated").has("singleton")).as("VacationResponse/set answered %s", set).isTrue();
        assertThat(got.at("/list/0/id").asText()).isEqualTo("singleton");
        assertThat(got.at("/list/0/isEnabled").asBoolean()).isTrue();
        assertThat(got.at("/list/0/subject").asText()).isEqualTo("Away");
        assertThat(got.at("/list/0/textBody").asText()).isEqualTo("Back on Monday.");
    }

    /**
     * RFC 8621 methods neither James 3.8.1 nor JMAPX serves; docs/conformance.md lists them.
     * (Email/queryChanges and Mailbox/queryChanges are JMAPX's: MailConformanceContract.queryChangesShouldAnswerCannotCalculateChanges.)
     */
    @Test
    default void methodsJamesDoesNotServeShouldAnswerUnknownMethodNotAFailure() {
        MailUser user = user();

        JsonNode response = user.call("""
            [["Email/copy", {"fromAccountId": "%1$s", "accountId": "%1$s", "create": {}}, "0"],
             ["SearchSnippet/get", {"accountId": "%1$s", "emailIds": []}, "1"]]""");

        for (JsonNode invocation : response.path("methodResponses")) {
            assertThat(invocation.path(0).asText()).isEqualTo("error");
            assertThat(invocation.path(1).path("type").asText()).as("%s", invocation).isEqualTo("unknownMethod");
        }
        assertThat(response.path("methodResponses").size()).isEqualTo(2);
    }
}
