package org.jmapx.sharing.principal;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.store.MemoryObjectStore;
import org.jmapx.engine.store.RollbackCommitter;
import org.jmapx.engine.testing.FakeMethodContext;
import org.jmapx.engine.testing.Json;
import org.jmapx.sharing.TestClock;
import org.jmapx.sharing.principal.PrincipalDirectory.Individual;

/** Principals (RFC 9670 2) over memory stores, with a directory of three users: alice, bob and carol. */
class PrincipalMethodsTest {
    private final MemoryObjectStore store = new MemoryObjectStore();
    private final MemoryChangeLog changeLog = new MemoryChangeLog();
    private final List<Individual> users = new CopyOnWriteArrayList<>(List.of(
        new Individual("alice", "alice@example.com"), new Individual("bob", "bob@example.com"),
        new Individual("carol", "carol@example.com")));
    private final Map<String, Map<String, Set<String>>> shared = new HashMap<>();
    private final TestClock clock = new TestClock();
    private final PrincipalMethods principals = new PrincipalMethods(store, changeLog, new RollbackCommitter(store, changeLog),
        () -> List.copyOf(users),
        new PrincipalAccounts(principalId -> shared.getOrDefault(principalId, Map.of()),
            (accountId, owner, types) -> Json.object(owner ? "{'urn:example:own': {}}" : "{'urn:example:shared': {}}")),
        clock, Duration.ofSeconds(5));
    private final FakeMethodContext alice = FakeMethodContext.of("alice");
    private final FakeMethodContext bob = FakeMethodContext.of("bob");
    private final FakeMethodContext carol = FakeMethodContext.of("carol");

    private ObjectNode call(String method, MethodContext caller, String arguments) throws MethodErrorException {
        ObjectNode json = Json.object(arguments);
        if (!json.has("accountId")) {
            json.put("accountId", caller.primaryAccountId());
        }
        JmapMethod found = principals.methods().stream().filter(candidate -> candidate.name().equals("Principal/" + method))
            .findFirst().orElseThrow();
        return found.call(json, caller);
    }

    @Test
    void everyUserShouldBeAnIndividualPrincipal() throws Exception {
        ObjectNode response = call("get", alice, "{'ids': ['bob']}");

        assertThatJson(response).inPath("list[0]").isEqualTo(json("{'id': 'bob', 'type': 'individual',"
            + " 'name': 'bob@example.com', 'description': null, 'email': 'bob@example.com', 'timeZone': null,"
            + " 'capabilities': {}, 'accounts': null}"));
        assertThatJson(call("get", alice, "{}")).inPath("list[*].id").isArray()
            .containsExactlyInAnyOrder("alice", "bob", "carol");
    }

    @Test
    void accountsShouldHoldTheCallersOwnAccountWithThePrincipalsCapabilities() throws Exception {
        ObjectNode response = call("get", alice, "{'ids': ['alice']}");

        assertThatJson(response).inPath("list[0].accounts").isEqualTo(json("{'alice': {'name': 'alice@example.com',"
            + " 'isPersonal': true, 'isReadOnly': false, 'accountCapabilities': {'urn:example:own': {},"
            + " 'urn:ietf:params:jmap:principals': {'currentUserPrincipalId': 'alice'},"
            + " 'urn:ietf:params:jmap:principals:owner': {'accountIdForPrincipal': 'alice', 'principalId': 'alice'}}}}"));
    }

    @Test
    void accountsShouldHoldAnAccountSharedWithTheCaller() throws Exception {
        shared.put("bob", Map.of("alice", Set.of("AddressBook")));

        ObjectNode response = call("get", bob, "{'ids': ['alice', 'carol']}");

        assertThatJson(response).inPath("list[0].accounts").isEqualTo(json("{'alice': {'name': 'alice@example.com',"
            + " 'isPersonal': false, 'isReadOnly': false, 'accountCapabilities': {'urn:example:shared': {},"
            + " 'urn:ietf:params:jmap:principals:owner': {'accountIdForPrincipal': 'bob', 'principalId': 'alice'}}}}"));
        assertThatJson(response).inPath("list[1].accounts").isNull();
    }

    @Test
    void aDelegateShouldSeeTheDelegatorsAccountAsNotPersonal() throws Exception {
        ObjectNode response = call("get", bob.alsoAccessing("alice"), "{'ids': ['alice']}");

        assertThatJson(response).inPath("list[0].accounts.alice.isPersonal").isEqualTo(false);
        assertThatJson(response).inPath("list[0].accounts.alice.accountCapabilities['urn:ietf:params:jmap:principals']")
            .isEqualTo(json("{'currentUserPrincipalId': 'bob'}"));
    }

    @Test
    void anotherUsersAccountShouldNotBeFound() {
        MethodErrorException error = catchThrowableOfType(() -> call("get", bob, "{'accountId': 'alice'}"),
            MethodErrorException.class);

        assertThat(error.type()).isEqualTo("accountNotFound");
    }

    @Test
    void aStrangersSetShouldBeAccountNotFoundRatherThanForbidden() {
        MethodErrorException error = catchThrowableOfType(() -> call("set", bob,
            "{'accountId': 'alice', 'create': {'p': {'name': 'x'}}, 'update': {'alice': {'name': 'x'}}}"),
            MethodErrorException.class);

        assertThat(error.type()).isEqualTo("accountNotFound");
    }

    @Test
    void malformedSetArgumentsShouldBeInvalidArguments() {
        MethodErrorException error = catchThrowableOfType(() -> call("set", alice, "{'create': 'everyone', 'destroy': [1]}"),
            MethodErrorException.class);

        assertThat(error.type()).isEqualTo("invalidArguments");
    }

    @Test
    void theStateShouldBeTheSameWhateverAccountReadsIt() throws Exception {
        assertThat(call("get", alice, "{'ids': []}").path("state"))
            .isEqualTo(call("get", bob, "{'ids': []}").path("state"));
    }

    @Test
    void aNewUserShouldShowAsCreatedOnceTheSyncIntervalPassed() throws Exception {
        String state = call("get", alice, "{'ids': []}").path("state").asText();
        users.add(new Individual("dave", "dave@example.com"));

        assertThatJson(call("changes", alice, "{'sinceState': '" + state + "'}")).inPath("created").isEqualTo(json("[]"));
        clock.advance(Duration.ofSeconds(5));
        assertThatJson(call("changes", alice, "{'sinceState': '" + state + "'}")).inPath("created").isEqualTo(json("['dave']"));
    }

    @Test
    void aNewUserShouldFindTheirOwnPrincipalAtOnce() throws Exception {
        call("get", alice, "{'ids': []}");
        users.add(new Individual("dave", "dave@example.com"));

        assertThatJson(call("get", FakeMethodContext.of("dave"), "{'ids': ['dave']}")).inPath("list[*].id")
            .isEqualTo(json("['dave']"));
    }

    @Test
    void aRemovedUserShouldShowAsDestroyed() throws Exception {
        String state = call("get", alice, "{'ids': []}").path("state").asText();
        users.removeIf(user -> user.principalId().equals("carol"));
        clock.advance(Duration.ofSeconds(5));

        assertThatJson(call("changes", alice, "{'sinceState': '" + state + "'}")).inPath("destroyed").isEqualTo(json("['carol']"));
        assertThatJson(call("get", alice, "{'ids': ['carol']}")).inPath("notFound").isEqualTo(json("['carol']"));
    }

    @Test
    void aUserShouldChangeTheirOwnNameDescriptionAndTimeZone() throws Exception {
        ObjectNode response = call("set", alice, "{'update': {'alice': {'name': 'Alice Liddell',"
            + " 'description': 'Down the rabbit hole', 'timeZone': 'Europe/London'}}}");

        assertThat(response.path("updated").has("alice")).isTrue();
        assertThatJson(call("get", bob, "{'ids': ['alice'], 'properties': ['name', 'description', 'timeZone']}"))
            .inPath("list[0]").isEqualTo(json("{'id': 'alice', 'name': 'Alice Liddell',"
                + " 'description': 'Down the rabbit hole', 'timeZone': 'Europe/London'}"));
    }

    @Test
    void theChangeShouldShowInChanges() throws Exception {
        String state = call("get", alice, "{'ids': []}").path("state").asText();
        call("set", alice, "{'update': {'alice': {'name': 'Alice'}}}");

        assertThatJson(call("changes", bob, "{'sinceState': '" + state + "'}")).inPath("updated").isEqualTo(json("['alice']"));
    }

    @Test
    void aTimeZoneShouldBeAnIanaName() throws Exception {
        ObjectNode response = call("set", alice, "{'update': {'alice': {'timeZone': 'Mars/Olympus_Mons'}}}");

        assertThatJson(response).inPath("notUpdated.alice.type").isEqualTo("invalidProperties");
        assertThatJson(response).inPath("notUpdated.alice.properties").isEqualTo(json("['timeZone']"));
    }

    @Test
    void aUserShouldNotChangeTheirEmailNorType() throws Exception {
        ObjectNode response = call("set", alice, "{'update': {'alice': {'email': 'queen@example.com'}}}");
        ObjectNode type = call("set", alice, "{'update': {'alice': {'type': 'resource'}}}");

        assertThatJson(response).inPath("notUpdated.alice.type").isEqualTo("forbidden");
        assertThatJson(type).inPath("notUpdated.alice.type").isEqualTo("forbidden");
    }

    @Test
    void aUserShouldNotChangeAnotherPrincipal() throws Exception {
        ObjectNode response = call("set", alice, "{'update': {'bob': {'name': 'Bobby'}}}");

        assertThatJson(response).inPath("notUpdated.bob.type").isEqualTo("forbidden");
        assertThatJson(call("get", alice, "{'ids': ['bob'], 'properties': ['name']}")).inPath("list[0].name")
            .isEqualTo("bob@example.com");
    }

    @Test
    void principalsShouldNeitherBeCreatedNorDestroyed() throws Exception {
        ObjectNode response = call("set", alice, "{'create': {'p': {'type': 'location', 'name': 'Room 4B'}},"
            + " 'destroy': ['alice', 'bob']}");

        assertThatJson(response).inPath("notCreated.p.type").isEqualTo("forbidden");
        assertThatJson(response).inPath("notDestroyed.alice.type").isEqualTo("forbidden");
        assertThatJson(response).inPath("notDestroyed.bob.type").isEqualTo("forbidden");
        assertThatJson(call("get", alice, "{}")).inPath("list").isArray().hasSize(3);
    }

    @Test
    void everyFilterOfTheRfcShouldSelect() throws Exception {
        call("set", bob, "{'update': {'bob': {'name': 'Robert', 'description': 'Builder', 'timeZone': 'Europe/Paris'}}}");
        shared.put("alice", Map.of("carol", Set.of("AddressBook")));

        assertThat(ids("{'name': 'rob'}")).containsExactly("bob");
        assertThat(ids("{'email': 'CAROL@'}")).containsExactly("carol");
        assertThat(ids("{'text': 'builder'}")).containsExactly("bob");
        assertThat(ids("{'text': 'alice@'}")).containsExactly("alice");
        assertThat(ids("{'type': 'individual'}")).containsExactlyInAnyOrder("alice", "bob", "carol");
        assertThat(ids("{'type': 'group'}")).isEmpty();
        assertThat(ids("{'timeZone': 'Europe/Paris'}")).containsExactly("bob");
        assertThat(ids("{'timeZone': 'Europe/Par'}")).isEmpty();
        assertThat(ids("{'accountIds': ['carol', 'nobody']}")).containsExactly("carol");
        assertThat(ids("{'accountIds': ['alice']}")).containsExactly("alice");
        assertThat(ids("{'type': 'individual', 'name': 'rob'}")).containsExactly("bob");
        assertThat(ids("{'operator': 'NOT', 'conditions': [{'name': 'rob'}]}")).containsExactlyInAnyOrder("alice", "carol");
    }

    @Test
    void anUnknownFilterShouldBeUnsupported() {
        MethodErrorException error = catchThrowableOfType(() -> call("query", alice, "{'filter': {'role': 'admin'}}"),
            MethodErrorException.class);

        assertThat(error.type()).isEqualTo("unsupportedFilter");
    }

    @Test
    void principalsShouldSortByName() throws Exception {
        call("set", carol, "{'update': {'carol': {'name': 'Aaron'}}}");

        assertThatJson(call("query", alice, "{'sort': [{'property': 'name'}]}")).inPath("ids")
            .isEqualTo(json("['carol', 'alice', 'bob']"));
    }

    @Test
    void queryChangesShouldReportARenamedPrincipal() throws Exception {
        String queryState = call("query", alice, "{'filter': {'name': 'ali'}}").path("queryState").asText();
        call("set", alice, "{'update': {'alice': {'name': 'Ms Liddell'}}}");

        ObjectNode response = call("queryChanges", alice, "{'filter': {'name': 'ali'}, 'sinceQueryState': '" + queryState + "'}");

        assertThatJson(response).inPath("removed").isEqualTo(json("['alice']"));
    }

    @Test
    void queryChangesShouldRefuseAnAccountIdsFilterWhichSharingChanges() throws Exception {
        ObjectNode query = call("query", alice, "{'filter': {'accountIds': ['alice']}}");

        assertThat(query.path("canCalculateChanges").asBoolean()).isFalse();
        MethodErrorException error = catchThrowableOfType(() -> call("queryChanges", alice,
            "{'filter': {'accountIds': ['alice']}, 'sinceQueryState': '" + query.path("queryState").asText() + "'}"),
            MethodErrorException.class);
        assertThat(error.type()).isEqualTo("cannotCalculateChanges");
    }

    private List<String> ids(String filter) throws MethodErrorException {
        List<String> ids = new java.util.ArrayList<>();
        call("query", alice, "{'filter': " + filter + "}").path("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
