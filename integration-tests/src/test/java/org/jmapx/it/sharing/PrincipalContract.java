package org.jmapx.it.sharing;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Principals and ShareNotifications (RFC 9670) over HTTP: James's users are the principals, and sharing
 * an AddressBook notifies the sharee. Each test makes its own users.
 */
public interface PrincipalContract {
    JmapxServerExtension server();

    default SharingUser newUser() {
        return SharingUser.create(server());
    }

    @Test
    default void sessionShouldAdvertiseThePrincipalsCapability() {
        String body = server().client(JmapxServerExtension.BOB).session().body();

        assertThatJson(body).node("capabilities").isObject().containsKey("urn:ietf:params:jmap:principals");
    }

    @Test
    default void everyJamesUserShouldBeAnIndividualPrincipal() {
        SharingUser alice = newUser();
        SharingUser bob = newUser();

        JsonNode response = alice.first("""
            [["Principal/get", {"accountId": "%1$s", "ids": ["BOB"]}, "c1"]]""".replace("BOB", bob.accountId()));

        assertThatJson(response.path("list")).isEqualTo(json("""
            [{"id": "%s", "type": "individual", "name": "%s", "description": null, "email": "%s",
              "timeZone": null, "capabilities": {}, "accounts": null}]"""
            .formatted(bob.accountId(), bob.username(), bob.username())));
        assertThatJson(alice.first("""
            [["Principal/get", {"accountId": "%1$s", "ids": null, "properties": ["id"]}, "c1"]]""").path("list"))
            .inPath("[*].id").isArray().contains(alice.accountId(), bob.accountId());
    }

    @Test
    default void theCallersOwnPrincipalShouldListTheirAccount() {
        SharingUser alice = newUser();

        JsonNode response = alice.first("""
            [["Principal/get", {"accountId": "%1$s", "ids": ["%1$s"], "properties": ["accounts"]}, "c1"]]""");

        assertThatJson(response).inPath("list[0].accounts." + alice.accountId()).isObject()
            .containsEntry("name", alice.username()).containsEntry("isPersonal", true);
        assertThatJson(response).inPath("list[0].accounts." + alice.accountId() + ".accountCapabilities")
            .isObject().containsKeys("urn:ietf:params:jmap:contacts", "urn:ietf:params:jmap:principals:owner");
    }

    @Test
    default void anotherUsersAccountShouldNotBeFound() {
        SharingUser alice = newUser();
        SharingUser eve = newUser();

        JsonNode response = eve.first("""
            [["Principal/get", {"accountId": "ALICE", "ids": null}, "c1"]]""".replace("ALICE", alice.accountId()));

        assertThatJson(response).inPath("type").isEqualTo("accountNotFound");
    }

    @Test
    default void aUserShouldRenameThemselfAndOthersSeeIt() {
        SharingUser alice = newUser();
        SharingUser bob = newUser();

        JsonNode set = alice.first("""
            [["Principal/set", {"accountId": "%1$s", "update": {"%1$s": {"name": "Alice Liddell",
               "description": "Down the rabbit hole", "timeZone": "Europe/London"}}}, "c1"]]""");

        assertThatJson(set).inPath("updated").isObject().containsKey(alice.accountId());
        assertThatJson(bob.first("""
            [["Principal/get", {"accountId": "%1$s", "ids": ["ALICE"], "properties": ["name", "description", "timeZone"]}, "c1"]]"""
            .replace("ALICE", alice.accountId()))).inPath("list[0]").isEqualTo(json("""
            {"id": "%s", "name": "Alice Liddell", "description": "Down the rabbit hole", "timeZone": "Europe/London"}"""
            .formatted(alice.accountId())));
    }

    @Test
    default void everythingElseShouldBeForbidden() {
        SharingUser alice = newUser();
        SharingUser bob = newUser();

        JsonNode response = alice.first("""
            [["Principal/set", {"accountId": "%1$s",
               "create": {"room": {"type": "location", "name": "Room 4B"}},
               "update": {"BOB": {"name": "Bobby"}},
               "destroy": ["BOB"]}, "c1"]]""".replace("BOB", bob.accountId()));
        JsonNode email = alice.first("""
            [["Principal/set", {"accountId": "%1$s", "update": {"%1$s": {"email": "queen@example.com"}}}, "c1"]]""");

        assertThatJson(response).inPath("notCreated.room.type").isEqualTo("forbidden");
        assertThatJson(response).inPath("notUpdated." + bob.accountId() + ".type").isEqualTo("forbidden");
        assertThatJson(response).inPath("notDestroyed." + bob.accountId() + ".type").isEqualTo("forbidden");
        assertThatJson(email).inPath("notUpdated." + alice.accountId() + ".type").isEqualTo("forbidden");
    }

    @Test
    default void anUnknownTimeZoneShouldBeAnInvalidProperty() {
        SharingUser alice = newUser();

        JsonNode response = alice.first("""
            [["Principal/set", {"accountId": "%1$s", "update": {"%1$s": {"timeZone": "Europe/Atlantis"}}}, "c1"]]""");

        assertThatJson(response).inPath("notUpdated." + alice.accountId()).isEqualTo(json("""
            {"type": "invalidProperties", "properties": ["timeZone"], "description": "${json-unit.any-string}"}"""));
    }

    @Test
    default void aNewUserShouldShowInPrincipalChanges() {
        SharingUser alice = newUser();
        String state = alice.first("""
            [["Principal/get", {"accountId": "%1$s", "ids": []}, "c1"]]""").path("state").asText();
        SharingUser carol = newUser();
        carol.first("""
            [["Principal/get", {"accountId": "%1$s", "ids": ["%1$s"]}, "c1"]]""");

        JsonNode changes = alice.first("""
            [["Principal/changes", {"accountId": "%1$s", "sinceState": "STATE"}, "c1"]]""".replace("STATE", state));

        assertThatJson(changes).inPath("created").isArray().contains(carol.accountId());
    }

    @Test
    default void everyFilterOfTheRfcShouldSelect() {
        SharingUser alice = newUser();
        String unique = UUID.randomUUID().toString();
        alice.first("""
            [["Principal/set", {"accountId": "%1$s", "update": {"%1$s": {"name": "Zebedee UNIQUE",
               "description": "Spring UNIQUE", "timeZone": "Pacific/Chatham"}}}, "c1"]]""".replace("UNIQUE", unique));
        String me = alice.accountId();

        assertThat(query(alice, "{\"name\": \"zebedee " + unique + "\"}")).containsExactly(me);
        assertThat(query(alice, "{\"email\": \"" + alice.username().toUpperCase() + "\"}")).containsExactly(me);
        assertThat(query(alice, "{\"text\": \"spring " + unique + "\"}")).containsExactly(me);
        assertThat(query(alice, "{\"text\": \"" + alice.username() + "\"}")).containsExactly(me);
        assertThat(query(alice, "{\"name\": \"" + unique + "\", \"type\": \"individual\"}")).containsExactly(me);
        assertThat(query(alice, "{\"name\": \"" + unique + "\", \"type\": \"group\"}")).isEmpty();
        assertThat(query(alice, "{\"name\": \"" + unique + "\", \"timeZone\": \"Pacific/Chatham\"}")).containsExactly(me);
        assertThat(query(alice, "{\"name\": \"" + unique + "\", \"timeZone\": \"Europe/Paris\"}")).isEmpty();
        assertThat(query(alice, "{\"accountIds\": [\"" + me + "\"]}")).containsExactly(me);
    }

    @Test
    default void anUnknownFilterShouldBeUnsupported() {
        SharingUser alice = newUser();

        JsonNode response = alice.call("""
            [["Principal/query", {"accountId": "%1$s", "filter": {"department": "sales"}}, "c1"]]""");

        assertThatJson(response).inPath("methodResponses[0][0]").isEqualTo("error");
        assertThatJson(response).inPath("methodResponses[0][1].type").isEqualTo("unsupportedFilter");
    }

    @Test
    default void sharingAnAddressBookShouldNotifyTheSharee() {
        SharingUser alice = newUser();
        SharingUser bob = newUser();
        String book = shareDefaultBook(alice, bob, "{\"mayRead\": true}");

        JsonNode notifications = bob.first("""
            [["ShareNotification/get", {"accountId": "%1$s", "ids": null}, "c1"]]""");

        assertThatJson(notifications.path("list")).isEqualTo(json("""
            [{"id": "${json-unit.any-string}", "created": "${json-unit.any-string}",
              "changedBy": {"name": "%1$s", "email": "%1$s", "principalId": "%2$s"},
              "objectType": "AddressBook", "objectAccountId": "%2$s", "objectId": "%3$s",
              "oldRights": null,
              "newRights": {"mayRead": true, "mayWrite": false, "mayShare": false, "mayDelete": false},
              "name": "${json-unit.any-string}"}]""".formatted(alice.username(), alice.accountId(), book)));
        assertThatJson(alice.first("""
            [["ShareNotification/get", {"accountId": "%1$s", "ids": null}, "c1"]]""").path("list")).isEqualTo(json("[]"));
    }

    @Test
    default void revokingShouldNotifyWithTheOldRights() {
        SharingUser alice = newUser();
        SharingUser bob = newUser();
        String book = shareDefaultBook(alice, bob, "{\"mayRead\": true}");
        alice.first("""
            [["AddressBook/set", {"accountId": "%1$s", "update": {"BOOK": {"shareWith": null}}}, "c1"]]""".replace("BOOK", book));

        JsonNode list = bob.first("""
            [["ShareNotification/get", {"accountId": "%1$s", "ids": null, "properties": ["oldRights", "newRights"]}, "c1"]]""")
            .path("list");

        JsonNode read = JmapClient.parse("{\"mayRead\": true, \"mayWrite\": false, \"mayShare\": false, \"mayDelete\": false}");
        List<List<JsonNode>> pairs = new ArrayList<>();
        list.forEach(notification -> pairs.add(List.of(notification.path("oldRights"), notification.path("newRights"))));
        JsonNode none = com.fasterxml.jackson.databind.node.NullNode.getInstance();
        assertThat(pairs).containsExactlyInAnyOrder(List.of(none, read), List.of(read, none));
    }

    @Test
    default void theShareeShouldDestroyANotificationAndSeeItInChanges() {
        SharingUser alice = newUser();
        SharingUser bob = newUser();
        shareDefaultBook(alice, bob, "{\"mayRead\": true}");
        JsonNode before = bob.first("""
            [["ShareNotification/get", {"accountId": "%1$s", "ids": null}, "c1"]]""");
        String id = before.at("/list/0/id").asText();

        JsonNode response = bob.call("""
            [["ShareNotification/set", {"accountId": "%1$s", "destroy": ["ID"], "create": {"n": {}},
               "update": {"ID": {"name": "renamed"}}}, "c1"],
             ["ShareNotification/changes", {"accountId": "%1$s", "sinceState": "STATE"}, "c2"]]"""
            .replace("ID", id).replace("STATE", before.path("state").asText()));

        assertThatJson(response).inPath("methodResponses[0][1].destroyed").isEqualTo(json("[\"" + id + "\"]"));
        assertThatJson(response).inPath("methodResponses[0][1].notCreated.n.type").isEqualTo("forbidden");
        assertThatJson(response).inPath("methodResponses[0][1].notUpdated." + id + ".type").isEqualTo("forbidden");
        assertThatJson(response).inPath("methodResponses[1][1].destroyed").isEqualTo(json("[\"" + id + "\"]"));
    }

    @Test
    default void notificationFiltersShouldSelect() {
        SharingUser alice = newUser();
        SharingUser bob = newUser();
        shareDefaultBook(alice, bob, "{\"mayRead\": true}");

        assertThat(notificationQuery(bob, "{\"objectType\": \"AddressBook\"}")).hasSize(1);
        assertThat(notificationQuery(bob, "{\"objectType\": \"Calendar\"}")).isEmpty();
        assertThat(notificationQuery(bob, "{\"objectAccountId\": \"" + alice.accountId() + "\"}")).hasSize(1);
        assertThat(notificationQuery(bob, "{\"objectAccountId\": \"" + bob.accountId() + "\"}")).isEmpty();
        assertThat(notificationQuery(bob, "{\"after\": \"2000-01-01T00:00:00Z\", \"before\": \"2999-01-01T00:00:00Z\"}")).hasSize(1);
        assertThat(notificationQuery(bob, "{\"after\": \"2999-01-01T00:00:00Z\"}")).isEmpty();
        assertThat(notificationQuery(bob, "{\"before\": \"2000-01-01T00:00:00Z\"}")).isEmpty();
    }

    @Test
    default void anotherUserShouldNotReachTheNotifications() {
        SharingUser alice = newUser();
        SharingUser bob = newUser();
        shareDefaultBook(alice, bob, "{\"mayRead\": true}");

        JsonNode response = alice.first("""
            [["ShareNotification/get", {"accountId": "BOB", "ids": null}, "c1"]]""".replace("BOB", bob.accountId()));

        assertThatJson(response).inPath("type").isEqualTo("accountNotFound");
    }

    /** Alice shares her default AddressBook with Bob; returns its id. */
    private static String shareDefaultBook(SharingUser owner, SharingUser sharee, String rights) {
        JsonNode response = owner.call("""
            [["AddressBook/get", {"accountId": "%1$s", "ids": null, "properties": ["id"]}, "c1"],
             ["AddressBook/set", {"accountId": "%1$s", "update": {"default": {"shareWith": {"SHAREE": RIGHTS}}}}, "c2"]]"""
            .replace("SHAREE", sharee.accountId()).replace("RIGHTS", rights));
        String book = response.at("/methodResponses/0/1/list/0/id").asText();
        assertThatJson(response).inPath("methodResponses[1][1].updated").isObject().containsKey(book);
        return book;
    }

    private static List<String> query(SharingUser user, String filter) {
        return ids(user.first("[[\"Principal/query\", {\"accountId\": \"%1$s\", \"filter\": " + filter + "}, \"c1\"]]"));
    }

    private static List<String> notificationQuery(SharingUser user, String filter) {
        return ids(user.first("[[\"ShareNotification/query\", {\"accountId\": \"%1$s\", \"filter\": " + filter + "}, \"c1\"]]"));
    }

    private static List<String> ids(JsonNode response) {
        if (!response.has("ids")) {
            throw new AssertionError("Not a /query response: " + response);
        }
        List<String> ids = new ArrayList<>();
        response.path("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
