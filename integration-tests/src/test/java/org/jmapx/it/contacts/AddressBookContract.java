package org.jmapx.it.contacts;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jmapx.it.EventSourceListener;
import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * AddressBook (RFC 9610 section 2) over HTTP, as a client sees it. Each test uses its own fresh
 * user, so tests stay independent while sharing one server.
 */
public interface AddressBookContract {
    String USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:contacts\"]";

    JmapxServerExtension server();

    /** A client for a user created for the current test. */
    TestUser user();

    @Test
    default void getShouldReturnTheDefaultAddressBookOnFirstAccess() {
        JsonNode response = user().call("[[\"AddressBook/get\", {\"accountId\": \"%s\", \"ids\": null}, \"c1\"]]");

        assertThatJson(response.toString()).inPath("methodResponses[0][1].list").isArray().hasSize(1);
        assertThatJson(response.toString()).inPath("methodResponses[0][1].list[0]").isEqualTo(json("""
            {"id": "${json-unit.any-string}", "name": "${json-unit.any-string}", "description": null,
             "sortOrder": 0, "isDefault": true, "isSubscribed": true, "shareWith": null,
             "myRights": {"mayRead": true, "mayWrite": true, "mayShare": true, "mayDelete": false}}"""));
    }

    @Test
    default void setShouldCreateAnAddressBookWithEveryClientProperty() {
        JsonNode response = user().call("""
            [["AddressBook/set", {"accountId": "%1$s", "create": {"w": {"name": "Work", "description": "Colleagues",
               "sortOrder": 5, "isSubscribed": false}}}, "c1"],
             ["AddressBook/get", {"accountId": "%1$s", "ids": ["#w"]}, "c2"]]""");

        assertThatJson(response.toString()).inPath("methodResponses[0][1].created.w.id").isString().isNotEmpty();
        assertThatJson(response.toString()).inPath("methodResponses[1][1].list[0]").isEqualTo(json("""
            {"id": "${json-unit.any-string}", "name": "Work", "description": "Colleagues", "sortOrder": 5,
             "isDefault": false, "isSubscribed": false, "shareWith": null,
             "myRights": {"mayRead": true, "mayWrite": true, "mayShare": true, "mayDelete": true}}"""));
    }

    @Test
    default void creationIdsShouldBeResolvedInLaterCallsOfTheSameRequest() {
        JsonNode response = user().call("""
            [["AddressBook/set", {"accountId": "%1$s", "create": {"w": {"name": "Work"}}}, "c1"],
             ["AddressBook/set", {"accountId": "%1$s", "update": {"#w": {"name": "Office"}}}, "c2"],
             ["AddressBook/get", {"accountId": "%1$s", "ids": ["#w"], "properties": ["name"]}, "c3"]]""");
        String id = response.at("/methodResponses/0/1/created/w/id").asText();

        assertThatJson(response.toString()).inPath("methodResponses[1][1].updated").isObject().containsKey(id);
        assertThatJson(response.toString()).inPath("methodResponses[2][1].list")
            .isEqualTo(json("[{\"id\": \"" + id + "\", \"name\": \"Office\"}]"));
    }

    @Test
    default void resultReferencesShouldFeedChangesIntoGet() {
        JsonNode response = user().call("""
            [["AddressBook/set", {"accountId": "%1$s", "create": {"a": {"name": "A"}}}, "c1"],
             ["AddressBook/changes", {"accountId": "%1$s", "sinceState": "0"}, "c2"],
             ["AddressBook/get", {"accountId": "%1$s", "#ids": {"resultOf": "c2", "name": "AddressBook/changes",
                "path": "/created"}, "properties": ["name"]}, "c3"]]""");

        // the default book (created on first access) and "A"
        assertThatJson(response.toString()).inPath("methodResponses[2][1].list").isArray().hasSize(2);
        assertThatJson(response.toString()).inPath("methodResponses[2][1].list[*].name").isArray().contains("A");
    }

    @Test
    default void onSuccessSetIsDefaultShouldMoveTheDefaultToACreatedBook() {
        JsonNode response = user().call("""
            [["AddressBook/get", {"accountId": "%1$s", "ids": null, "properties": ["isDefault"]}, "c0"],
             ["AddressBook/set", {"accountId": "%1$s", "create": {"w": {"name": "Work"}},
               "onSuccessSetIsDefault": "#w"}, "c1"]]""");
        String formerDefault = response.at("/methodResponses/0/1/list/0/id").asText();

        assertThatJson(response.toString()).inPath("methodResponses[1][1].created.w.isDefault").isEqualTo(true);
        assertThatJson(response.toString()).inPath("methodResponses[1][1].updated." + formerDefault + ".isDefault").isEqualTo(false);
    }

    @Test
    default void updateAndDestroyShouldShowInChanges() {
        JsonNode created = user().call("""
            [["AddressBook/set", {"accountId": "%1$s", "create": {"a": {"name": "A"}, "b": {"name": "B"}}}, "c1"]]""");
        String state = created.at("/methodResponses/0/1/newState").asText();
        String a = created.at("/methodResponses/0/1/created/a/id").asText();
        String b = created.at("/methodResponses/0/1/created/b/id").asText();

        JsonNode response = user().call("""
            [["AddressBook/set", {"accountId": "%1$s", "update": {"A_ID": {"description": "patched"}}, "destroy": ["B_ID"]}, "c1"],
             ["AddressBook/changes", {"accountId": "%1$s", "sinceState": "STATE"}, "c2"]]"""
            .replace("A_ID", a).replace("B_ID", b).replace("STATE", state));

        assertThatJson(response.toString()).inPath("methodResponses[0][1].destroyed").isEqualTo(json("[\"" + b + "\"]"));
        assertThatJson(response.toString()).inPath("methodResponses[1][1]").isEqualTo(json("""
            {"accountId": "${json-unit.any-string}", "oldState": "%s", "newState": "%s", "hasMoreChanges": false,
             "created": [], "updated": ["%s"], "destroyed": ["%s"]}"""
            .formatted(state, response.at("/methodResponses/0/1/newState").asText(), a, b)));
    }

    @Test
    default void invalidPropertiesShouldBeNamedAndValidObjectsOfTheSameCallStillCreated() {
        JsonNode response = user().call("""
            [["AddressBook/set", {"accountId": "%1$s", "create": {
                "bad": {"name": 42, "sortOrder": -1, "colour": "red"},
                "good": {"name": "Fine"}}}, "c1"]]""");

        assertThatJson(response.toString()).inPath("methodResponses[0][1].notCreated.bad.type").isEqualTo("invalidProperties");
        assertThatJson(response.toString()).inPath("methodResponses[0][1].notCreated.bad.properties")
            .isArray().contains("name", "sortOrder", "colour");
        assertThatJson(response.toString()).inPath("methodResponses[0][1].created.good.id").isString();
    }

    @Test
    default void patchOfAServerSetPropertyShouldBeRejected() {
        JsonNode response = user().call("""
            [["AddressBook/set", {"accountId": "%1$s", "create": {"a": {"name": "A"}}}, "c1"],
             ["AddressBook/set", {"accountId": "%1$s", "update": {"#a": {"myRights/mayDelete": false}}}, "c2"]]""");
        String id = response.at("/methodResponses/0/1/created/a/id").asText();

        assertThatJson(response.toString()).inPath("methodResponses[1][1].notUpdated." + id + ".type").isEqualTo("invalidProperties");
        assertThatJson(response.toString()).inPath("methodResponses[1][1].notUpdated." + id + ".properties").isArray().contains("myRights");
    }

    @Test
    default void unknownIdsShouldBeNotFound() {
        JsonNode response = user().call("""
            [["AddressBook/get", {"accountId": "%1$s", "ids": ["nope"]}, "c1"],
             ["AddressBook/set", {"accountId": "%1$s", "update": {"nope": {"name": "x"}}, "destroy": ["nope2"]}, "c2"]]""");

        assertThatJson(response.toString()).inPath("methodResponses[0][1].notFound").isEqualTo(json("[\"nope\"]"));
        assertThatJson(response.toString()).inPath("methodResponses[1][1].notUpdated.nope.type").isEqualTo("notFound");
        assertThatJson(response.toString()).inPath("methodResponses[1][1].notDestroyed.nope2.type").isEqualTo("notFound");
    }

    @Test
    default void ifInStateMismatchShouldFailTheWholeCall() {
        JsonNode response = user().call("""
            [["AddressBook/set", {"accountId": "%1$s", "ifInState": "not-the-state", "create": {"a": {"name": "A"}}}, "c1"],
             ["AddressBook/get", {"accountId": "%1$s", "ids": null, "properties": ["name"]}, "c2"]]""");

        assertThatJson(response.toString()).inPath("methodResponses[0]")
            .isEqualTo(json("[\"error\", {\"type\": \"stateMismatch\", \"description\": \"${json-unit.any-string}\"}, \"c1\"]"));
        assertThatJson(response.toString()).inPath("methodResponses[1][1].list").isArray().hasSize(1);
    }

    @Test
    default void changesFromAStateNeverIssuedShouldBeCannotCalculateChanges() {
        JsonNode response = user().call("[[\"AddressBook/changes\", {\"accountId\": \"%s\", \"sinceState\": \"999999\"}, \"c1\"]]");

        assertThatJson(response.toString()).inPath("methodResponses[0][0]").isEqualTo("error");
        assertThatJson(response.toString()).inPath("methodResponses[0][1].type").isEqualTo("cannotCalculateChanges");
    }

    @Test
    default void anotherUsersAccountShouldBeAccountNotFound() {
        TestUser other = TestUser.create(server());

        JsonNode response = user().call("[[\"AddressBook/get\", {\"accountId\": \"" + other.accountId() + "\", \"ids\": null}, \"c1\"]]");

        assertThatJson(response.toString()).inPath("methodResponses[0][1].type").isEqualTo("accountNotFound");
    }

    @Test
    default void wrongArgumentTypesShouldBeInvalidArguments() {
        JsonNode response = user().call("""
            [["AddressBook/get", {"accountId": "%1$s", "ids": "not-a-list"}, "c1"],
             ["AddressBook/changes", {"accountId": "%1$s", "sinceState": "0", "maxChanges": 0}, "c2"],
             ["AddressBook/set", {"accountId": "%1$s", "create": []}, "c3"],
             ["AddressBook/get", {"ids": null}, "c4"]]""");

        for (int call = 0; call < 4; call++) {
            assertThatJson(response.toString()).inPath("methodResponses[" + call + "][1].type").isEqualTo("invalidArguments");
        }
    }

    @Test
    default void moreIdsThanMaxObjectsInGetShouldBeRequestTooLarge() {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            ids.append(i == 0 ? "" : ",").append("\"id").append(i).append('"');
        }

        JsonNode response = user().call("[[\"AddressBook/get\", {\"accountId\": \"%s\", \"ids\": [" + ids + "]}, \"c1\"]]");

        assertThatJson(response.toString()).inPath("methodResponses[0][1].type").isEqualTo("requestTooLarge");
    }

    @Test
    default void aMethodOfAnUnusedCapabilityShouldBeUnknownMethod() {
        JsonNode response = user().client().call("""
            {"using": ["urn:ietf:params:jmap:core"],
             "methodCalls": [["AddressBook/get", {"accountId": "%s", "ids": null}, "c1"]]}""".formatted(user().accountId()));

        assertThatJson(response.toString()).inPath("methodResponses[0][1].type").isEqualTo("unknownMethod");
    }

    @Test
    default void noClientMistakeShouldEverProduceServerFail() {
        JsonNode response = user().call("""
            [["AddressBook/get", {"accountId": "%1$s", "ids": [null, 3], "properties": ["nope"]}, "c1"],
             ["AddressBook/set", {"accountId": "%1$s", "update": {"x": "not-a-patch"}, "destroy": [1]}, "c2"],
             ["AddressBook/set", {"accountId": "%1$s", "create": {"a": null}}, "c3"],
             ["AddressBook/set", {"accountId": "%1$s", "onSuccessSetIsDefault": 7}, "c4"],
             ["AddressBook/set", {"accountId": "%1$s", "onDestroyRemoveContents": "yes"}, "c5"],
             ["AddressBook/changes", {"accountId": "%1$s", "sinceState": null}, "c6"],
             ["AddressBook/get", {"accountId": 12}, "c7"]]""");

        assertThat(response.toString()).doesNotContain("serverFail");
        assertThat(response.get("methodResponses")).hasSize(7);
    }

    @Test
    default void addressBookChangesShouldBePushedOverEventSource() throws Exception {
        try (EventSourceListener events = new EventSourceListener(user().client(), "AddressBook").awaitOpen()) {
            JsonNode response = user().call("""
                [["AddressBook/set", {"accountId": "%1$s", "create": {"a": {"name": "A"}}}, "c1"]]""");
            String newState = response.at("/methodResponses/0/1/newState").asText();

            // the default book's creation may be pushed first: wait for the state this /set returned
            String pushed = events.next(change -> change.at("/changed/" + user().accountId() + "/AddressBook").asText().equals(newState),
                Duration.ofSeconds(20));

            assertThat(pushed).isNotNull();
            assertThatJson(pushed).node("@type").isEqualTo("StateChange");
            assertThatJson(pushed).node("changed").isEqualTo(json("""
                {"%s": {"AddressBook": "%s"}}""".formatted(user().accountId(), newState)));
        }
    }

    /** A user made for one test, with its JMAP client and account id. */
    record TestUser(JmapClient client, String accountId) {
        static TestUser create(JmapxServerExtension server) {
            String username = "user-" + java.util.UUID.randomUUID() + "@example.com";
            try {
                server.server().getProbe(org.apache.james.utils.DataProbeImpl.class)
                    .addUser(username, JmapxServerExtension.PASSWORD);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            JmapClient client = server.client(username);
            String accountId = client.sessionJson().path("primaryAccounts").path("urn:ietf:params:jmap:contacts").asText();
            return new TestUser(client, accountId);
        }

        /** Sends the method calls, with %1$s (or %s) replaced by the user's account id. */
        JsonNode call(String methodCalls) {
            return client.call("{\"using\": " + USING + ", \"methodCalls\": " + methodCalls.formatted(accountId) + "}");
        }
    }

}
