package org.jmapx.it.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 8620/8621 rules James 3.8.1's mail breaks and JMAPX makes hold (issue 14; docs/conformance.md,
 * one docs/upstream/ page per row). Over HTTP, on both flavours, each test with its own user; each
 * fails against James 3.8.1 alone.
 */
public interface MailConformanceContract {
    JmapxServerExtension server();

    String LUNCH = "From: Alice <alice@example.com>\r\nTo: Bob <bob@example.com>\r\n"
        + "Subject: Lunch\r\nMessage-ID: <lunch-1@example.com>\r\nDate: Mon, 01 Jan 2024 12:00:00 +0000\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\nShall we meet at noon?\r\n";

    String LUNCH_REPLY = "From: Bob <bob@example.com>\r\nTo: Alice <alice@example.com>\r\n"
        + "Subject: Re: Lunch\r\nMessage-ID: <lunch-2@example.com>\r\nIn-Reply-To: <lunch-1@example.com>\r\n"
        + "References: <lunch-1@example.com>\r\nDate: Mon, 01 Jan 2024 12:05:00 +0000\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\nNoon is fine.\r\n";

    /** A sender without display name, no Cc/Bcc/Sender/Reply-To, a text part and a PDF attachment. */
    String WITH_ATTACHMENT = "From: alice@example.com\r\nTo: Bob <bob@example.com>\r\n"
        + "Subject: Report\r\nMessage-ID: <report-1@example.com>\r\nDate: Mon, 01 Jan 2024 12:00:00 +0000\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
        + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe report is attached.\r\n"
        + "--b1\r\nContent-Type: application/pdf; name=\"report.pdf\"\r\nContent-Disposition: attachment; filename=\"report.pdf\"\r\n\r\n"
        + "PDFDATA\r\n--b1--\r\n";

    private MailUser user() {
        return MailUser.create(server());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String importMessage(MailUser user, String message) {
        String blobId = user.upload("message/rfc822", message);
        JsonNode created = user.single("Email/import", """
            {"accountId": "%1$s", "emails": {"m": {"blobId": "BLOB", "mailboxIds": {"INBOX": true}}}}"""
            .replace("BLOB", blobId).replace("INBOX", user.mailboxIdOfRole("inbox"))).path("created").path("m");
        assertThat(created.path("id").asText()).as("Email/import created %s", created).isNotEmpty();
        return created.path("id").asText();
    }

    private static String threadIdOf(MailUser user, String emailId) {
        return user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + emailId + "\"], \"properties\": [\"threadId\"]}")
            .at("/list/0/threadId").asText();
    }

    /** Row 18, RFC 8620 5.2: a new Thread is created, a reply updates its Thread, and Thread/get's state follows. */
    @Test
    default void threadChangesShouldReportANewThreadThenTheReplyThatUpdatesIt() {
        MailUser user = user();
        String empty = user.state("Thread");
        String lunch = importMessage(user, LUNCH);
        String threadId = threadIdOf(user, lunch);

        JsonNode created = user.single("Thread/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + empty + "\"}");
        String afterLunch = created.path("newState").asText();
        importMessage(user, LUNCH_REPLY);
        JsonNode updated = user.single("Thread/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + afterLunch + "\"}");
        JsonNode thread = user.single("Thread/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + threadId + "\"]}");

        assertThat(texts(created.path("created"))).containsExactly(threadId);
        assertThat(created.path("updated").size()).isZero();
        assertThat(afterLunch).isNotEqualTo(empty);
        assertThat(texts(updated.path("updated"))).containsExactly(threadId);
        assertThat(updated.path("created").size()).isZero();
        assertThat(updated.path("destroyed").size()).isZero();
        assertThat(updated.path("hasMoreChanges").asBoolean()).isFalse();
        assertThat(thread.path("state").asText()).isEqualTo(updated.path("newState").asText());
        assertThat(user.single("Thread/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + thread.path("state").asText() + "\"}")
            .path("updated").size()).isZero();
    }

    /** Row 18: the Thread of a destroyed Email cannot be told any more; the RFC's answer is cannotCalculateChanges, never "no changes". */
    @Test
    default void threadChangesAfterAnEmailWasDestroyedShouldAnswerCannotCalculateChanges() {
        MailUser user = user();
        String lunch = importMessage(user, LUNCH);
        String before = user.state("Thread");
        user.single("Email/set", "{\"accountId\": \"%1$s\", \"destroy\": [\"" + lunch + "\"]}");

        JsonNode response = user.call("[[\"Thread/changes\", {\"accountId\": \"%1$s\", \"sinceState\": \"" + before + "\"}, \"c\"]]")
            .at("/methodResponses/0");

        assertThat(response.path(0).asText()).isEqualTo("error");
        assertThat(response.path(1).path("type").asText()).isEqualTo("cannotCalculateChanges");
    }

    /** Row 18: maxChanges is the RFC's name (James 3.8.1 reads "maxChanged"). */
    @Test
    default void threadChangesShouldHonourMaxChanges() {
        MailUser user = user();
        String empty = user.state("Thread");
        importMessage(user, LUNCH);
        importMessage(user, WITH_ATTACHMENT);

        JsonNode first = user.single("Thread/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \"" + empty + "\", \"maxChanges\": 1}");
        JsonNode rest = user.single("Thread/changes", "{\"accountId\": \"%1$s\", \"sinceState\": \""
            + first.path("newState").asText() + "\", \"maxChanges\": 1}");

        assertThat(first.path("created").size()).isEqualTo(1);
        assertThat(first.path("hasMoreChanges").asBoolean()).isTrue();
        assertThat(rest.path("created").size()).isEqualTo(1);
        assertThat(rest.path("hasMoreChanges").asBoolean()).isFalse();
    }

    /** Row 3, RFC 8620 5.1: every requested property comes back, null when the Email has no value for it. */
    @Test
    default void emailGetShouldReturnNullForEveryRequestedPropertyWithoutValue() {
        MailUser user = user();
        String id = importMessage(user, WITH_ATTACHMENT);

        JsonNode email = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id + "\"], \"properties\": "
            + "[\"from\", \"to\", \"cc\", \"bcc\", \"replyTo\", \"sender\", \"textBody\", \"attachments\"]}").at("/list/0");
        JsonNode defaults = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id + "\"]}").at("/list/0");

        for (String absent : List.of("cc", "bcc", "replyTo", "sender")) {
            assertThat(email.has(absent)).as("%s in %s", absent, email).isTrue();
            assertThat(email.get(absent).isNull()).as("%s in %s", absent, email).isTrue();
            assertThat(defaults.has(absent) && defaults.get(absent).isNull()).as("%s in %s", absent, defaults).isTrue();
        }
        assertThat(email.at("/from/0").has("name")).as("%s", email).isTrue();
        assertThat(email.at("/from/0/name").isNull()).isTrue();
        assertThat(email.at("/to/0/name").asText()).isEqualTo("Bob");
        JsonNode text = email.at("/textBody/0");
        for (String absent : List.of("name", "cid", "language", "location", "disposition")) {
            assertThat(text.has(absent) && text.get(absent).isNull()).as("%s in %s", absent, text).isTrue();
        }
        assertThat(email.at("/attachments/0/name").asText()).isEqualTo("report.pdf");
        assertThat(email.at("/attachments/0/cid").isNull()).isTrue();
    }

    /** Row 3 for Email/parse. */
    @Test
    default void emailParseShouldReturnNullForEveryRequestedPropertyWithoutValue() {
        MailUser user = user();
        String blobId = user.upload("message/rfc822", WITH_ATTACHMENT);

        JsonNode parsed = user.single("Email/parse", "{\"accountId\": \"%1$s\", \"blobIds\": [\"" + blobId
            + "\"], \"properties\": [\"from\", \"cc\"]}").path("parsed").path(blobId);

        assertThat(parsed.has("cc") && parsed.get("cc").isNull()).as("%s", parsed).isTrue();
        assertThat(parsed.at("/from/0").has("name")).as("%s", parsed).isTrue();
    }

    /** Row 1, RFC 8621 2: a name is any non-empty string; James's "." path delimiter must not leak. */
    @Test
    default void aMailboxNameWithDotsShouldBeCreatedRenamedAndReadBack() {
        MailUser user = user();

        JsonNode set = user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"create\": {\"m\": {\"name\": \"Invoices 2024.03\"}}}");
        String id = set.path("created").path("m").path("id").asText();
        JsonNode created = user.single("Mailbox/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id + "\"], \"properties\": [\"name\"]}");
        JsonNode renamed = user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"update\": {\"" + id + "\": {\"name\": \"v1.2.3\"}}}");
        JsonNode child = user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"create\": {\"c\": {\"name\": \"a.b\", \"parentId\": \""
            + id + "\"}}}");
        JsonNode all = user.single("Mailbox/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id + "\", \""
            + child.path("created").path("c").path("id").asText() + "\"], \"properties\": [\"name\", \"parentId\"]}");

        assertThat(id).as("Mailbox/set answered %s", set).isNotEmpty();
        assertThat(created.at("/list/0/name").asText()).isEqualTo("Invoices 2024.03");
        assertThat(renamed.path("updated").has(id)).as("%s", renamed).isTrue();
        assertThat(all.path("list").findValuesAsText("name")).containsExactlyInAnyOrder("v1.2.3", "a.b");
        assertThat(all.path("list").findValuesAsText("parentId")).contains(id);
    }

    /** Row 6, RFC 8620 3.6.2: no valid request gets serverFail; the order of properties means nothing. */
    @Test
    default void emailGetOfAttachmentsThenHasAttachmentShouldAnswerBoth() {
        MailUser user = user();
        String id = importMessage(user, WITH_ATTACHMENT);

        JsonNode response = user.call("[[\"Email/get\", {\"accountId\": \"%1$s\", \"ids\": [\"" + id
            + "\"], \"properties\": [\"attachments\", \"hasAttachment\", \"subject\"]}, \"c\"]]").at("/methodResponses/0");

        assertThat(response.path(0).asText()).as("%s", response).isEqualTo("Email/get");
        assertThat(response.at("/1/list/0/hasAttachment").asBoolean()).isTrue();
        assertThat(response.at("/1/list/0/attachments/0/name").asText()).isEqualTo("report.pdf");
        assertThat(response.at("/1/list/0/subject").asText()).isEqualTo("Report");
    }

    /** Row 12, RFC 8621 4.6 / RFC 5322 3.6.4: a created Email without from still gets a valid Message-ID. */
    @Test
    default void anEmailCreatedWithoutMessageIdShouldGetAValidOne() {
        MailUser user = user();

        JsonNode set = user.single("Email/set", """
            {"accountId": "%1$s", "create": {"d": {"mailboxIds": {"DRAFTS": true}, "subject": "no sender yet",
             "bodyValues": {"1": {"value": "draft"}}, "textBody": [{"partId": "1", "type": "text/plain"}]}}}"""
            .replace("DRAFTS", user.mailboxIdOfRole("drafts")));
        String id = set.path("created").path("d").path("id").asText();
        JsonNode email = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id
            + "\"], \"properties\": [\"messageId\"]}").at("/list/0");

        assertThat(email.path("messageId").size()).as("%s", email).isEqualTo(1);
        assertThat(email.at("/messageId/0").asText()).matches("[^@<>\\s]+@[^@<>\\s]+");
    }

    /** Row 12: a Message-ID the client gives is kept. */
    @Test
    default void anEmailCreatedWithAMessageIdShouldKeepIt() {
        MailUser user = user();

        JsonNode set = user.single("Email/set", """
            {"accountId": "%1$s", "create": {"d": {"mailboxIds": {"DRAFTS": true}, "messageId": ["mine@example.com"],
             "bodyValues": {"1": {"value": "draft"}}, "textBody": [{"partId": "1", "type": "text/plain"}]}}}"""
            .replace("DRAFTS", user.mailboxIdOfRole("drafts")));
        String id = set.path("created").path("d").path("id").asText();

        assertThat(texts(user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id
            + "\"], \"properties\": [\"messageId\"]}").at("/list/0/messageId"))).containsExactly("mine@example.com");
    }

    /** Row 19, RFC 8621 4.5 and 2.4: /query says canCalculateChanges false, so /queryChanges is cannotCalculateChanges, not unknownMethod. */
    @Test
    default void queryChangesShouldAnswerCannotCalculateChanges() {
        MailUser user = user();
        String emailState = user.single("Email/query", "{\"accountId\": \"%1$s\"}").path("queryState").asText();
        String mailboxState = user.single("Mailbox/query", "{\"accountId\": \"%1$s\"}").path("queryState").asText();

        JsonNode response = user.call("[[\"Email/queryChanges\", {\"accountId\": \"%1$s\", \"sinceQueryState\": \""
            + emailState + "\"}, \"e\"], [\"Mailbox/queryChanges\", {\"accountId\": \"%1$s\", \"sinceQueryState\": \""
            + mailboxState + "\"}, \"m\"]]");

        for (JsonNode invocation : response.path("methodResponses")) {
            assertThat(invocation.path(0).asText()).isEqualTo("error");
            assertThat(invocation.path(1).path("type").asText()).as("%s", invocation).isEqualTo("cannotCalculateChanges");
        }
        assertThat(response.path("methodResponses").size()).isEqualTo(2);
    }

    /** Row 20, RFC 8620 3.7: ids and #ids together MUST be invalidArguments, for James's Email/get too. */
    @Test
    default void emailGetWithIdsAndTheirReferenceShouldBeInvalidArguments() {
        MailUser user = user();
        importMessage(user, LUNCH);

        JsonNode response = user.call("""
            [["Email/query", {"accountId": "%1$s"}, "q"],
             ["Email/get", {"accountId": "%1$s", "ids": [], "#ids": {"resultOf": "q", "name": "Email/query", "path": "/ids"}}, "g"]]""");

        assertThat(response.at("/methodResponses/1/0").asText()).isEqualTo("error");
        assertThat(response.at("/methodResponses/1/1/type").asText()).isEqualTo("invalidArguments");
        assertThat(response.at("/methodResponses/1/2").asText()).isEqualTo("g");
    }

    /** Row 21, RFC 8621 4.1.1: a keyword is any 0x21-0x7e but ( ) { ] % * " \ ; webmail colour labels use ":". */
    @Test
    default void aColourLabelKeywordShouldBeSetReadAndSearched() {
        MailUser user = user();
        String lunch = importMessage(user, LUNCH);
        String drafts = user.mailboxIdOfRole("drafts");

        JsonNode patched = user.single("Email/set", "{\"accountId\": \"%1$s\", \"update\": {\"" + lunch
            + "\": {\"keywords/$label:red\": true}}}");
        JsonNode created = user.single("Email/set", """
            {"accountId": "%1$s", "create": {"d": {"mailboxIds": {"DRAFTS": true}, "keywords": {"$draft": true, "$label:blue": true},
             "bodyValues": {"1": {"value": "draft"}}, "textBody": [{"partId": "1", "type": "text/plain"}]}}}""".replace("DRAFTS", drafts));
        String draft = created.path("created").path("d").path("id").asText();
        JsonNode emails = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + lunch + "\", \"" + draft
            + "\"], \"properties\": [\"keywords\"]}");
        JsonNode red = user.single("Email/query", "{\"accountId\": \"%1$s\", \"filter\": {\"hasKeyword\": \"$label:red\"}}");
        JsonNode notRed = user.single("Email/query", "{\"accountId\": \"%1$s\", \"filter\": {\"operator\": \"AND\", "
            + "\"conditions\": [{\"notKeyword\": \"$label:red\"}]}}");
        user.single("Email/set", "{\"accountId\": \"%1$s\", \"update\": {\"" + lunch
            + "\": {\"keywords/$label:red\": null, \"keywords/a/b\": true}}}".replace("a/b", "a~1b"));
        JsonNode removed = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + lunch + "\"], \"properties\": [\"keywords\"]}");

        assertThat(patched.path("updated").has(lunch)).as("%s", patched).isTrue();
        assertThat(draft).as("%s", created).isNotEmpty();
        assertThat(emails.at("/list").findValues("keywords")).extracting(keywords -> {
            List<String> names = new ArrayList<>();
            keywords.fieldNames().forEachRemaining(names::add);
            return names.stream().sorted().toList();
        }).containsExactlyInAnyOrder(List.of("$label:red"), List.of("$draft", "$label:blue"));
        assertThat(texts(red.path("ids"))).containsExactly(lunch);
        assertThat(texts(notRed.path("ids"))).containsExactly(draft);
        assertThat(removed.at("/list/0/keywords").toString()).isEqualTo("{\"a/b\":true}");
    }

    /** Row 21: Email/import takes the same keywords. */
    @Test
    default void emailImportShouldTakeAColourLabelKeyword() {
        MailUser user = user();
        String blobId = user.upload("message/rfc822", LUNCH);

        String id = user.single("Email/import", "{\"accountId\": \"%1$s\", \"emails\": {\"m\": {\"blobId\": \"" + blobId
            + "\", \"mailboxIds\": {\"" + user.mailboxIdOfRole("inbox") + "\": true}, \"keywords\": {\"$label:green\": true}}}}")
            .at("/created/m/id").asText();

        assertThat(user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id + "\"], \"properties\": [\"keywords\"]}")
            .at("/list/0/keywords").toString()).isEqualTo("{\"$label:green\":true}");
    }

    /** Row 21, RFC 8620 5.3: a keyword the RFC does not allow is invalidProperties naming keywords (James: invalidPatch, invalidArguments). */
    @Test
    default void aKeywordTheRfcForbidsShouldBeInvalidProperties() {
        MailUser user = user();
        String lunch = importMessage(user, LUNCH);

        JsonNode updated = user.single("Email/set", "{\"accountId\": \"%1$s\", \"update\": {\"" + lunch
            + "\": {\"keywords/mus*c\": true}}}");
        JsonNode created = user.single("Email/set", """
            {"accountId": "%1$s", "create": {"d": {"mailboxIds": {"DRAFTS": true}, "keywords": {"a(b": true},
             "bodyValues": {"1": {"value": "draft"}}, "textBody": [{"partId": "1", "type": "text/plain"}]}}}"""
            .replace("DRAFTS", user.mailboxIdOfRole("drafts")));

        assertThat(updated.at("/notUpdated/" + lunch + "/type").asText()).as("%s", updated).isEqualTo("invalidProperties");
        assertThat(texts(updated.at("/notUpdated/" + lunch + "/properties"))).containsExactly("keywords");
        assertThat(created.at("/notCreated/d/type").asText()).as("%s", created).isEqualTo("invalidProperties");
        assertThat(texts(created.at("/notCreated/d/properties"))).containsExactly("keywords");
    }

    /** RFC 8620 3.3: without the operator switch, a method whose capability is not in using is unknownMethod. */
    @Test
    default void aMethodWhoseCapabilityIsNotUsedShouldBeUnknownMethodByDefault() {
        MailUser user = user();

        JsonNode response = user.client().call("{\"using\": [\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:mail\"], "
            + "\"methodCalls\": [[\"Identity/get\", {\"accountId\": \"" + user.accountId() + "\", \"ids\": null}, \"i\"]]}");

        assertThat(response.at("/methodResponses/0/0").asText()).isEqualTo("error");
        assertThat(response.at("/methodResponses/0/1/type").asText()).isEqualTo("unknownMethod");
    }

    /** Rows 4 and 7, RFC 8621 4.1.4 and 4.2: bodyValues with LF, cut on a character boundary, isTruncated only when cut. */
    @Test
    default void bodyValuesShouldHaveLfLineEndingsAndBeCutOnACharacterBoundary() {
        MailUser user = user();
        String id = importMessage(user, "From: a@example.com\r\nTo: b@example.com\r\nSubject: Gruss\r\n"
            + "Message-ID: <gruss@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\nGr\u00fc\u00dfe\r\naus K\u00f6ln\r\n");
        String get = "{\"accountId\": \"%1$s\", \"ids\": [\"" + id + "\"], \"properties\": [\"bodyValues\", \"textBody\"], "
            + "\"fetchTextBodyValues\": true";

        JsonNode whole = user.single("Email/get", get + "}").at("/list/0");
        JsonNode cut = user.single("Email/get", get + ", \"maxBodyValueBytes\": 3}").at("/list/0");
        JsonNode roomy = user.single("Email/get", get + ", \"maxBodyValueBytes\": 1000}").at("/list/0");
        String partId = whole.at("/textBody/0/partId").asText();

        assertThat(whole.at("/bodyValues/" + partId + "/value").asText()).isEqualTo("Gr\u00fc\u00dfe\naus K\u00f6ln\n");
        assertThat(whole.at("/bodyValues/" + partId + "/isTruncated").asBoolean()).isFalse();
        assertThat(cut.at("/bodyValues/" + partId + "/value").asText()).isEqualTo("Gr");
        assertThat(cut.at("/bodyValues/" + partId + "/isTruncated").asBoolean()).isTrue();
        assertThat(roomy.at("/bodyValues/" + partId + "/value").asText()).isEqualTo("Gr\u00fc\u00dfe\naus K\u00f6ln\n");
        assertThat(roomy.at("/bodyValues/" + partId + "/isTruncated").asBoolean()).isFalse();
    }

    /** Row 8, RFC 8621 4.1.2.2: asText (and subject) is NFC-normalised. */
    @Test
    default void subjectAndAsTextShouldBeNfcNormalised() {
        MailUser user = user();
        String id = importMessage(user, "From: a@example.com\r\nTo: b@example.com\r\nSubject: =?UTF-8?Q?Cafe=CC=81?=\r\n"
            + "Message-ID: <cafe@example.com>\r\nContent-Type: text/plain\r\n\r\nx\r\n");

        JsonNode email = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id
            + "\"], \"properties\": [\"subject\", \"header:Subject:asText\"]}").at("/list/0");

        assertThat(email.path("subject").asText()).isEqualTo("Caf\u00e9");
        assertThat(email.path("header:Subject:asText").asText()).isEqualTo("Caf\u00e9");
    }

    /** Row 14, RFC 8620 5.3: a refused creation is the SetError invalidProperties, never invalidArguments. */
    @Test
    default void aMailboxNameJamesRefusesShouldBeInvalidProperties() {
        MailUser user = user();

        JsonNode set = user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"create\": {\"m\": {\"name\": \"50%% off\"}}}");

        assertThat(set.at("/notCreated/m/type").asText()).as("%s", set).isEqualTo("invalidProperties");
    }

    /** RFC 8621 4.1.1: keywords default to {}, so an Email/set creation may give {} (James refused it). */
    @Test
    default void anEmailCreatedWithEmptyKeywordsShouldBeCreated() {
        MailUser user = user();

        JsonNode set = user.single("Email/set", """
            {"accountId": "%1$s", "create": {"d": {"mailboxIds": {"DRAFTS": true}, "keywords": {},
             "bodyValues": {"1": {"value": "draft"}}, "textBody": [{"partId": "1", "type": "text/plain"}]}}}"""
            .replace("DRAFTS", user.mailboxIdOfRole("drafts")));

        assertThat(set.at("/created/d/id").asText()).as("%s", set).isNotEmpty();
    }

    /** Row 13, RFC 8621 4.6: header:Date or header:Message-ID given alone is no duplicate. */
    @Test
    default void aCreationWithOnlyHeaderFormsOfDateAndMessageIdShouldBeCreated() {
        MailUser user = user();

        JsonNode set = user.single("Email/set", """
            {"accountId": "%1$s", "create": {
              "raw": {"mailboxIds": {"DRAFTS": true}, "header:Date": " Mon, 01 Jan 2024 12:00:00 +0000",
                "header:Message-ID": " <raw-1@example.com>",
                "bodyValues": {"1": {"value": "x"}}, "textBody": [{"partId": "1", "type": "text/plain"}]},
              "parsed": {"mailboxIds": {"DRAFTS": true}, "header:Date:asDate": "2024-02-01T08:30:00Z",
                "header:Message-ID:asMessageIds": ["parsed-1@example.com"],
                "bodyValues": {"1": {"value": "y"}}, "textBody": [{"partId": "1", "type": "text/plain"}]}}}"""
            .replace("DRAFTS", user.mailboxIdOfRole("drafts")));
        JsonNode emails = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + set.at("/created/raw/id").asText()
            + "\", \"" + set.at("/created/parsed/id").asText() + "\"], \"properties\": [\"sentAt\", \"messageId\"]}");

        assertThat(set.path("created").size()).as("%s", set).isEqualTo(2);
        assertThat(emails.path("list").findValuesAsText("sentAt")).containsExactlyInAnyOrder("2024-01-01T12:00:00Z", "2024-02-01T08:30:00Z");
        assertThat(emails.path("list").findValues("messageId")).extracting(ids -> ids.get(0).asText())
            .containsExactlyInAnyOrder("raw-1@example.com", "parsed-1@example.com");
    }

    /** Row 17, RFC 8621 2.3 / RFC 8620 5.5: no filter lists every mailbox; parentId, hasAnyRole, name and operators filter. */
    @Test
    default void mailboxQueryShouldFilterOnEveryConditionOfTheRfc() {
        MailUser user = user();
        String inbox = user.mailboxIdOfRole("inbox");
        String projects = user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"create\": {\"p\": {\"name\": \"Projects\"}}}")
            .at("/created/p/id").asText();
        String client = user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"create\": {\"c\": {\"name\": \"Client v1.2\", "
            + "\"parentId\": \"" + projects + "\"}}}").at("/created/c/id").asText();
        int mailboxes = user.single("Mailbox/get", "{\"accountId\": \"%1$s\", \"ids\": null}").path("list").size();

        JsonNode all = user.single("Mailbox/query", "{\"accountId\": \"%1$s\", \"calculateTotal\": true}");
        JsonNode children = user.single("Mailbox/query", "{\"accountId\": \"%1$s\", \"filter\": {\"parentId\": \"" + projects + "\"}}");
        JsonNode topLevel = user.single("Mailbox/query", "{\"accountId\": \"%1$s\", \"filter\": {\"parentId\": null}}");
        JsonNode withRole = user.single("Mailbox/query", "{\"accountId\": \"%1$s\", \"filter\": {\"hasAnyRole\": true}}");
        JsonNode either = user.single("Mailbox/query", "{\"accountId\": \"%1$s\", \"filter\": {\"operator\": \"OR\", "
            + "\"conditions\": [{\"role\": \"inbox\"}, {\"name\": \"v1.2\"}]}}");
        JsonNode tree = user.single("Mailbox/query", "{\"accountId\": \"%1$s\", \"filter\": {\"hasAnyRole\": false}, "
            + "\"sort\": [{\"property\": \"name\", \"isAscending\": true}], \"sortAsTree\": true}");

        assertThat(all.path("ids").size()).isEqualTo(mailboxes);
        assertThat(all.path("total").asInt()).isEqualTo(mailboxes);
        assertThat(texts(children.path("ids"))).containsExactly(client);
        assertThat(texts(topLevel.path("ids"))).contains(inbox, projects).doesNotContain(client);
        assertThat(texts(withRole.path("ids"))).contains(inbox).doesNotContain(projects, client);
        assertThat(texts(either.path("ids"))).containsExactlyInAnyOrder(inbox, client);
        assertThat(texts(tree.path("ids"))).containsExactly(projects, client);
    }

    /** Row 17: a filter or sort the server does not know is unsupportedFilter / unsupportedSort (RFC 8620 5.5), a page is a window. */
    @Test
    default void mailboxQueryShouldAnswerUnsupportedFilterAndSortAndPage() {
        MailUser user = user();
        user.mailboxIdOfRole("inbox");

        JsonNode filter = user.call("[[\"Mailbox/query\", {\"accountId\": \"%1$s\", \"filter\": {\"totalEmails\": 1}}, \"c\"]]")
            .at("/methodResponses/0");
        JsonNode sort = user.call("[[\"Mailbox/query\", {\"accountId\": \"%1$s\", \"sort\": [{\"property\": \"totalEmails\"}]}, \"c\"]]")
            .at("/methodResponses/0");
        JsonNode all = user.single("Mailbox/query", "{\"accountId\": \"%1$s\", \"sort\": [{\"property\": \"name\"}]}");
        JsonNode page = user.single("Mailbox/query", "{\"accountId\": \"%1$s\", \"sort\": [{\"property\": \"name\"}], "
            + "\"position\": 1, \"limit\": 2}");

        assertThat(filter.at("/1/type").asText()).as("%s", filter).isEqualTo("unsupportedFilter");
        assertThat(sort.at("/1/type").asText()).as("%s", sort).isEqualTo("unsupportedSort");
        assertThat(texts(page.path("ids"))).containsExactlyElementsOf(texts(all.path("ids")).subList(1, 3));
        assertThat(page.path("position").asInt()).isEqualTo(1);
    }

    /** Row 16, RFC 8620 5.3: an update may repeat server-set properties with their current values; a different value is refused. */
    @Test
    default void aMailboxUpdateRepeatingUnchangedServerSetValuesShouldBeApplied() {
        MailUser user = user();
        String id = user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"create\": {\"m\": {\"name\": \"Receipts\"}}}")
            .at("/created/m/id").asText();
        JsonNode mailbox = user.single("Mailbox/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id + "\"]}").at("/list/0");
        ObjectNode patch = mailbox.deepCopy();
        patch.put("name", "Receipts 2024");
        patch.remove("role");

        JsonNode same = user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"update\": {\"" + id + "\": " + patch + "}}");
        JsonNode different = user.single("Mailbox/set", "{\"accountId\": \"%1$s\", \"update\": {\"" + id
            + "\": {\"totalEmails\": 42}}}");

        assertThat(same.path("updated").has(id)).as("%s", same).isTrue();
        assertThat(user.single("Mailbox/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id + "\"], \"properties\": [\"name\"]}")
            .at("/list/0/name").asText()).isEqualTo("Receipts 2024");
        assertThat(different.at("/notUpdated/" + id + "/type").asText()).as("%s", different).isEqualTo("invalidProperties");
    }

    /** Row 8, RFC 8621 4.1.2.7: asURLs is the list of the URLs in angle brackets. */
    @Test
    default void asUrlsShouldListEveryUrlOfTheHeader() {
        MailUser user = user();
        String id = importMessage(user, "From: list@example.com\r\nTo: b@example.com\r\nSubject: News\r\n"
            + "Message-ID: <news@example.com>\r\nList-Unsubscribe: <mailto:leave@example.com> <https://example.com/leave>\r\n"
            + "List-Post: <mailto:list@example.com>, <https://example.com/post>\r\nContent-Type: text/plain\r\n\r\nx\r\n");

        JsonNode email = user.single("Email/get", "{\"accountId\": \"%1$s\", \"ids\": [\"" + id + "\"], \"properties\": "
            + "[\"header:List-Unsubscribe:asURLs\", \"header:List-Post:asURLs:all\"]}").at("/list/0");

        assertThat(texts(email.path("header:List-Unsubscribe:asURLs")))
            .containsExactly("mailto:leave@example.com", "https://example.com/leave");
        assertThat(texts(email.path("header:List-Post:asURLs:all").path(0)))
            .containsExactly("mailto:list@example.com", "https://example.com/post");
        assertThat(email.has("header:List-Unsubscribe")).isFalse();
    }
}
