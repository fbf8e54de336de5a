package org.jmapx.it.contacts;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jmapx.it.EventSourceListener;
import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.it.contacts.AddressBookContract.TestUser;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * ContactCard (RFC 9610 section 3) over HTTP, as a client sees it; each test has its own fresh user.
 * The RFC examples are quoted inline with their origin.
 */
public interface ContactCardContract {
    JmapxServerExtension server();

    /** A client for a user created for the current test. */
    TestUser user();

    /** RFC 9610 section 4.1, "Fetching Initial Data": the ContactCard of the response, sent without its id. */
    String RFC9610_EXAMPLE_CARD = """
        {"addressBookIds": {"%s": true},
         "name": {"components": [{"kind": "given", "value": "Joe"}, {"kind": "surname", "value": "Bloggs"}],
                  "isOrdered": true},
         "emails": {"0": {"contexts": {"private": true}, "address": "joe.bloggs@example.com"}}}""";

    /** RFC 9553 Figure 6, "Example of a Basic Card". */
    String RFC9553_BASIC_CARD = """
        {"@type": "Card", "version": "1.0", "uid": "22B2C7DF-9120-4969-8460-05956FE6B065", "kind": "individual",
         "name": {"components": [{"kind": "given", "value": "John"}, {"kind": "surname", "value": "Doe"}],
                  "isOrdered": true}}""";

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String defaultBook() {
        return user().call("[[\"AddressBook/get\", {\"accountId\": \"%s\", \"ids\": null, \"properties\": [\"isDefault\"]}, \"c\"]]")
            .at("/methodResponses/0/1/list/0/id").asText();
    }

    @Test
    default void theRfc9610InitialFetchShouldReturnTheBooksAndTheCardsAsCreated() {
        String book = defaultBook();
        user().call("[[\"ContactCard/set\", {\"accountId\": \"%1$s\", \"create\": {\"c\": "
            + RFC9610_EXAMPLE_CARD.replace("%s", book) + "}}, \"0\"]]");

        // RFC 9610 Figure 1, with the account id of the test user
        JsonNode response = user().call("""
            [["AddressBook/get", {"accountId": "%1$s"}, "0"], ["ContactCard/get", {"accountId": "%1$s"}, "1"]]""");

        assertThatJson(response.toString()).inPath("methodResponses[0][1].list[0].id").isEqualTo(book);
        assertThatJson(response.toString()).inPath("methodResponses[1][1].list").isArray().hasSize(1);
        assertThatJson(response.toString()).when(net.javacrumbs.jsonunit.core.Option.IGNORING_EXTRA_FIELDS)
            .inPath("methodResponses[1][1].list[0]")
            .isEqualTo(json(RFC9610_EXAMPLE_CARD.replace("%s", book)));
    }

    @Test
    default void createShouldFillTypeVersionUidAndTimestampsAndGetShouldKeepEverythingSentInOrder() {
        JsonNode response = user().call("""
            [["ContactCard/set", {"accountId": "%1$s", "create": {"c": {"name": {"full": "Zoë"},
               "example.com:rating": {"stars": 5}, "notYetStandard": [1, "two"]}}}, "c1"],
             ["ContactCard/get", {"accountId": "%1$s", "ids": ["#c"]}, "c2"]]""");

        assertThatJson(response.toString()).inPath("methodResponses[0][1].created.c").isEqualTo(json("""
            {"id": "${json-unit.any-string}", "@type": "Card", "version": "1.0", "uid": "${json-unit.regex}^urn:uuid:.*",
             "created": "${json-unit.any-string}", "updated": "${json-unit.any-string}",
             "addressBookIds": {"default": true}}"""));
        JsonNode card = response.at("/methodResponses/1/1/list/0");
        assertThat(fieldNames(card)).startsWith("name", "example.com:rating", "notYetStandard");
        assertThatJson(card.toString()).isEqualTo(json("""
            {"name": {"full": "Zoë"}, "example.com:rating": {"stars": 5}, "notYetStandard": [1, "two"],
             "addressBookIds": {"default": true}, "@type": "Card", "version": "1.0",
             "uid": "${json-unit.any-string}", "created": "${json-unit.any-string}", "updated": "${json-unit.any-string}",
             "id": "${json-unit.any-string}"}"""));
    }

    /** RFC 9553 1.7.3: "extra" is a reserved property name, in a creation as in an update. */
    @Test
    default void aCardWithTheReservedExtraPropertyShouldBeRejected() {
        JsonNode response = user().call("""
            [["ContactCard/set", {"accountId": "%1$s", "create": {
               "extra": {"name": {"full": "Ann"}, "extra": {"x": 1}},
               "good": {"name": {"full": "Bob"}}}}, "c1"],
             ["ContactCard/set", {"accountId": "%1$s", "update": {"#good": {"extra": "x"}}}, "c2"]]""");

        assertThatJson(response.toString()).inPath("methodResponses[0][1].notCreated.extra")
            .isEqualTo(json("{\"type\": \"invalidProperties\", \"properties\": [\"extra\"], \"description\": \"${json-unit.any-string}\"}"));
        String good = response.at("/methodResponses/0/1/created/good/id").asText();
        assertThatJson(response.toString()).inPath("methodResponses[1][1].notUpdated." + good + ".type").isEqualTo("invalidProperties");
        assertThatJson(response.toString()).inPath("methodResponses[1][1].notUpdated." + good + ".properties")
            .isEqualTo(json("[\"extra\"]"));
    }

    @Test
    default void badCardsShouldGetPreciseErrorsWhileTheGoodOneOfTheSameRequestIsSaved() {
        String bigNote = "x".repeat(70 * 1024);

        JsonNode response = user().call("""
            [["ContactCard/set", {"accountId": "%1$s", "create": {
               "invalid": {"@type": "Card", "version": "9.9", "emails": {"e": {"address": 1}}},
               "tooBig": {"notes": {"n": {"note": "BIG"}}},
               "unknownBook": {"addressBookIds": {"no-such-book": true}},
               "noBook": {"addressBookIds": {}},
               "good": BASIC}}, "c1"]]""".replace("BIG", bigNote).replace("BASIC", RFC9553_BASIC_CARD));

        String set = "methodResponses[0][1].";
        assertThatJson(response.toString()).inPath(set + "notCreated.invalid.type").isEqualTo("invalidProperties");
        assertThatJson(response.toString()).inPath(set + "notCreated.invalid.properties").isArray()
            .containsExactlyInAnyOrder("version", "emails/e/address");
        assertThatJson(response.toString()).inPath(set + "notCreated.tooBig.type").isEqualTo("tooLarge");
        assertThatJson(response.toString()).inPath(set + "notCreated.unknownBook.properties")
            .isEqualTo(json("[\"addressBookIds/no-such-book\"]"));
        assertThatJson(response.toString()).inPath(set + "notCreated.noBook.properties").isEqualTo(json("[\"addressBookIds\"]"));
        assertThatJson(response.toString()).inPath(set + "created.good.id").isString();
    }

    @Test
    default void aPatchThatWouldMakeTheCardInvalidShouldChangeNothing() {
        JsonNode created = user().call("""
            [["ContactCard/set", {"accountId": "%1$s", "create": {"c": {"name": {"full": "A"}}}}, "c1"]]""");
        String id = created.at("/methodResponses/0/1/created/c/id").asText();
        String state = created.at("/methodResponses/0/1/newState").asText();

        JsonNode response = user().call(("""
            [["ContactCard/set", {"accountId": "%1$s", "update": {"ID": {"name/full": "B", "phones": {"p": {}},
               "uid": "changed"}}}, "c1"],
             ["ContactCard/get", {"accountId": "%1$s", "ids": ["ID"], "properties": ["name"]}, "c2"]]""").replace("ID", id));

        assertThatJson(response.toString()).inPath("methodResponses[0][1].notUpdated." + id + ".properties").isArray()
            .containsExactlyInAnyOrder("phones/p/number", "uid");
        assertThat(response.at("/methodResponses/0/1/newState").asText()).isEqualTo(state);
        assertThatJson(response.toString()).inPath("methodResponses[1][1].list[0].name").isEqualTo(json("{\"full\": \"A\"}"));
    }

    @Test
    default void aSecondCardWithTheSameUidShouldBeAlreadyExists() {
        JsonNode response = user().call("""
            [["ContactCard/set", {"accountId": "%1$s", "create": {"a": {"uid": "same"}}}, "c1"],
             ["ContactCard/set", {"accountId": "%1$s", "create": {"b": {"uid": "same"}}}, "c2"]]""");

        assertThatJson(response.toString()).inPath("methodResponses[1][1].notCreated.b.type").isEqualTo("alreadyExists");
        assertThatJson(response.toString()).inPath("methodResponses[1][1].notCreated.b.existingId")
            .isEqualTo(response.at("/methodResponses/0/1/created/a/id").asText());
    }

    @Test
    default void queryShouldFilterAccentInsensitivelySortBySurnameAndReportQueryChanges() {
        JsonNode created = user().call("""
            [["ContactCard/set", {"accountId": "%1$s", "create": {
               "z": {"name": {"components": [{"kind": "given", "value": "Zoë"}, {"kind": "surname", "value": "Zola"}]}},
               "e": {"name": {"components": [{"kind": "given", "value": "Zoe"}, {"kind": "surname", "value": "Éluard"}]}},
               "x": {"name": {"components": [{"kind": "given", "value": "Max"}, {"kind": "surname", "value": "Abel"}]}}}}, "c1"]]""");
        String z = created.at("/methodResponses/0/1/created/z/id").asText();
        String e = created.at("/methodResponses/0/1/created/e/id").asText();
        String query = "\"filter\": {\"name/given\": \"ZOE\"}, \"sort\": [{\"property\": \"name/surname\"}]";

        JsonNode response = user().call("[[\"ContactCard/query\", {\"accountId\": \"%1$s\", " + query
            + ", \"limit\": 50, \"calculateTotal\": true}, \"c1\"]]");
        String queryState = response.at("/methodResponses/0/1/queryState").asText();
        user().call("[[\"ContactCard/set\", {\"accountId\": \"%1$s\", \"update\": {\"" + z
            + "\": {\"name\": {\"components\": [{\"kind\": \"given\", \"value\": \"Zoë\"},"
            + " {\"kind\": \"surname\", \"value\": \"Aaron\"}]}}}}, \"c1\"]]");
        JsonNode changes = user().call("[[\"ContactCard/queryChanges\", {\"accountId\": \"%1$s\", " + query
            + ", \"sinceQueryState\": \"" + queryState + "\"}, \"c1\"]]");

        assertThatJson(response.toString()).inPath("methodResponses[0][1].ids").isEqualTo(json("[\"" + e + "\", \"" + z + "\"]"));
        assertThatJson(response.toString()).inPath("methodResponses[0][1].total").isEqualTo(2);
        assertThatJson(changes.toString()).inPath("methodResponses[0][1].removed").isEqualTo(json("[\"" + z + "\"]"));
        assertThatJson(changes.toString()).inPath("methodResponses[0][1].added")
            .isEqualTo(json("[{\"id\": \"" + z + "\", \"index\": 0}]"));
    }

    @Test
    default void anUnknownFilterShouldBeUnsupportedFilter() {
        JsonNode response = user().call("""
            [["ContactCard/query", {"accountId": "%1$s", "filter": {"colour": "red"}}, "c1"]]""");

        assertThatJson(response.toString()).inPath("methodResponses[0][1].type").isEqualTo("unsupportedFilter");
    }

    @Test
    default void aPhotoShouldBeAnUploadedImageDownloadableThroughTheCard() {
        JmapClient client = user().client();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        JsonNode upload = JmapClient.parse(client.send(client.request("/upload/" + user().accountId())
            .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(png)).build()).body());
        JsonNode text = JmapClient.parse(client.send(client.request("/upload/" + user().accountId())
            .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build()).body());
        String blobId = upload.get("blobId").asText();

        JsonNode response = user().call(("""
            [["ContactCard/set", {"accountId": "%1$s", "create": {
               "ok": {"media": {"p": {"kind": "photo", "blobId": "PNG"}}},
               "text": {"media": {"p": {"kind": "photo", "blobId": "TEXT"}}},
               "missing": {"media": {"p": {"kind": "photo", "blobId": "uploads-00000000-0000-0000-0000-000000000000"}}}}},
              "c1"]]""").replace("PNG", blobId).replace("TEXT", text.get("blobId").asText()));
        HttpResponse<String> download = client.send(client.request("/download/" + user().accountId() + "/" + blobId
            + "?type=image/png&name=photo.png").GET().build());

        assertThatJson(response.toString()).inPath("methodResponses[0][1].created.ok.media.p.mediaType").isEqualTo("image/png");
        assertThatJson(response.toString()).inPath("methodResponses[0][1].notCreated.text.properties")
            .isEqualTo(json("[\"media/p/blobId\"]"));
        assertThatJson(response.toString()).inPath("methodResponses[0][1].notCreated.missing.properties")
            .isEqualTo(json("[\"media/p/blobId\"]"));
        assertThat(download.statusCode()).isEqualTo(200);
    }

    /**
     * Card photos are James uploads, and James's only code that deletes uploads is the WebAdmin cleanup
     * task of JmapUploadCleanupModule (DELETE /jmap/uploads), which drops whole week-old buckets whatever
     * references them. JMAPX's assemblies leave it out, so a referenced photo is never deleted
     * (docs/contacts.md, "Blobs"); this fails if someone installs it.
     */
    @Test
    default void theUploadCleanupThatWouldDeleteCardPhotosShouldNotBeInstalled() throws Exception {
        HttpResponse<String> cleanup = JmapClient.http().send(HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + server().webAdminPort() + "/jmap/uploads?scope=expired"))
            .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(cleanup.statusCode()).as(cleanup.body()).isEqualTo(404);
        assertThat(cleanup.body()).contains("can not be found");
    }

    @Test
    default void destroyingABookShouldNeedOnDestroyRemoveContentsAndThenRemoveItsCards() {
        JsonNode setUp = user().call("""
            [["AddressBook/set", {"accountId": "%1$s", "create": {"w": {"name": "Work"}}}, "c1"],
             ["ContactCard/set", {"accountId": "%1$s", "create": {"c": {"addressBookIds": {"#w": true}}}}, "c2"],
             ["AddressBook/set", {"accountId": "%1$s", "destroy": ["#w"]}, "c3"],
             ["AddressBook/set", {"accountId": "%1$s", "destroy": ["#w"], "onDestroyRemoveContents": true}, "c4"],
             ["ContactCard/get", {"accountId": "%1$s", "ids": ["#c"]}, "c5"]]""");
        String book = setUp.at("/methodResponses/0/1/created/w/id").asText();
        String card = setUp.at("/methodResponses/1/1/created/c/id").asText();

        assertThatJson(setUp.toString()).inPath("methodResponses[2][1].notDestroyed." + book + ".type")
            .isEqualTo("addressBookHasContents");
        assertThatJson(setUp.toString()).inPath("methodResponses[3][1].destroyed").isEqualTo(json("[\"" + book + "\"]"));
        assertThatJson(setUp.toString()).inPath("methodResponses[4][1].notFound").isEqualTo(json("[\"" + card + "\"]"));
    }

    @Test
    default void changesAndCopyShouldWork() {
        TestUser other = TestUser.create(server());
        JsonNode created = user().call("""
            [["ContactCard/set", {"accountId": "%1$s", "create": {"c": {"name": {"full": "A"}}}}, "c1"]]""");
        String id = created.at("/methodResponses/0/1/created/c/id").asText();
        JsonNode changes = user().call("[[\"ContactCard/changes\", {\"accountId\": \"%1$s\", \"sinceState\": \"0\"}, \"c1\"]]");

        assertThatJson(changes.toString()).inPath("methodResponses[0][1].created").isEqualTo(json("[\"" + id + "\"]"));
        // copying needs access to both accounts, which sharing (not implemented) would give: a foreign account is refused
        JsonNode copy = other.call("[[\"ContactCard/copy\", {\"fromAccountId\": \"" + user().accountId()
            + "\", \"accountId\": \"%1$s\", \"create\": {\"k\": {\"id\": \"" + id + "\"}}}, \"c1\"]]");
        assertThatJson(copy.toString()).inPath("methodResponses[0][1].type").isEqualTo("fromAccountNotFound");
    }

    @Test
    default void contactCardChangesShouldBePushedOverEventSource() throws Exception {
        try (EventSourceListener events = new EventSourceListener(user().client(), "ContactCard").awaitOpen()) {
            JsonNode response = user().call("""
                [["ContactCard/set", {"accountId": "%1$s", "create": {"c": {"name": {"full": "Pushed"}}}}, "c1"]]""");
            String newState = response.at("/methodResponses/0/1/newState").asText();

            String pushed = events.next(change -> change.at("/changed/" + user().accountId() + "/ContactCard").asText()
                .equals(newState), Duration.ofSeconds(20));

            assertThat(pushed).isNotNull();
            assertThatJson(pushed).node("changed").isEqualTo(json("""
                {"%s": {"ContactCard": "%s"}}""".formatted(user().accountId(), newState)));
        }
    }
}
