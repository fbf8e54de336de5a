package org.jmapx.sharing.notification;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.method.StandardMethods;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.MemoryObjectStore;
import org.jmapx.engine.store.RollbackCommitter;
import org.jmapx.engine.testing.FakeMethodContext;
import org.jmapx.engine.testing.Json;
import org.jmapx.engine.testing.NotebookType;
import org.jmapx.engine.type.TypeStorage;
import org.jmapx.sharing.TestClock;

/**
 * ShareNotifications (RFC 9670 3) made by the engine's rights model: Alice shares notebooks of her
 * account (the engine's test container type) with Bob and Carol.
 */
class ShareNotificationMethodsTest {
    private static final String READ = "{'mayReadItems': true}";

    private final MemoryObjectStore store = new MemoryObjectStore();
    private final MemoryChangeLog changeLog = new MemoryChangeLog();
    private final TestClock clock = new TestClock();
    private final List<String> pushed = new ArrayList<>();
    private final ShareNotificationMethods notifications = new ShareNotificationMethods(store, changeLog,
        new RollbackCommitter(store, changeLog), (accountId, type, state) -> pushed.add(accountId + "/" + type),
        new NotificationRetention(Duration.ofDays(30), clock),
        principalId -> principalId.equals("alice")
            ? Optional.of(Json.object("{'id': 'alice', 'name': 'Alice Liddell', 'email': 'alice@example.com'}"))
            : Optional.empty());
    private final StandardMethods notebooks = new StandardMethods(new NotebookType(),
        new TypeStorage("Notebook", store, changeLog, StateChangeListener.NONE),
        Set.of("alice", "bob", "carol")::contains, notifications.notifier());
    private final FakeMethodContext alice = FakeMethodContext.of("alice");
    private final FakeMethodContext bob = FakeMethodContext.of("bob");
    private final FakeMethodContext carol = FakeMethodContext.of("carol");
    private String team;

    @BeforeEach
    void aliceHasATeamNotebook() throws Exception {
        team = notebooks.set().call(Json.object("{'accountId': 'alice', 'create': {'t': {'name': 'Team'}}}"), alice)
            .at("/created/t/id").asText();
    }

    private void share(String shareWith) throws MethodErrorException {
        ObjectNode response = notebooks.set().call(Json.object("{'accountId': 'alice', 'update': {'" + team
            + "': {'shareWith': " + shareWith + "}}}"), alice);
        assertThat(response.path("updated").has(team)).as(response.toString()).isTrue();
    }

    private ObjectNode call(String method, MethodContext caller, String arguments) throws MethodErrorException {
        ObjectNode json = Json.object(arguments);
        if (!json.has("accountId")) {
            json.put("accountId", caller.primaryAccountId());
        }
        JmapMethod found = notifications.methods().stream()
            .filter(candidate -> candidate.name().equals("ShareNotification/" + method)).findFirst().orElseThrow();
        return found.call(json, caller);
    }

    @Test
    void sharingShouldNotifyTheShareeInTheirAccount() throws Exception {
        share("{'bob': " + READ + "}");

        assertThatJson(call("get", bob, "{}")).inPath("list").isEqualTo(json("[{'id': '${json-unit.any-string}',"
            + " 'created': '2026-01-10T10:00:00Z',"
            + " 'changedBy': {'name': 'Alice Liddell', 'email': 'alice@example.com', 'principalId': 'alice'},"
            + " 'objectType': 'Notebook', 'objectAccountId': 'alice', 'objectId': '" + team + "',"
            + " 'oldRights': null, 'newRights': {'mayReadFreeBusy': false, 'mayReadItems': true, 'mayWriteAll': false,"
            + " 'mayAdmin': false, 'mayDelete': false}, 'name': 'Team'}]"));
        assertThatJson(call("get", carol, "{}")).inPath("list").isEqualTo(json("[]"));
        assertThatJson(call("get", alice, "{}")).inPath("list").isEqualTo(json("[]"));
    }

    @Test
    void theNotificationShouldBePushedAndShowInChanges() throws Exception {
        String state = call("get", bob, "{'ids': []}").path("state").asText();
        share("{'bob': " + READ + "}");

        assertThat(pushed).contains("bob/ShareNotification");
        ObjectNode changes = call("changes", bob, "{'sinceState': '" + state + "'}");
        assertThatJson(changes).inPath("created").isArray().hasSize(1);
    }

    @Test
    void revokingShouldNotifyWithTheOldRightsAndNoNewOnes() throws Exception {
        share("{'bob': " + READ + "}");
        clock.advance(Duration.ofMinutes(1));
        share("null");

        ObjectNode query = call("query", bob, "{'sort': [{'property': 'created', 'isAscending': false}]}");
        String latest = query.at("/ids/0").asText();
        ObjectNode revoked = call("get", bob, "{'ids': ['" + latest + "'], 'properties': ['oldRights', 'newRights', 'created']}");

        assertThatJson(revoked).inPath("list[0].created").isEqualTo("2026-01-10T10:01:00Z");
        assertThatJson(revoked).inPath("list[0].oldRights.mayReadItems").isEqualTo(true);
        assertThatJson(revoked).inPath("list[0].newRights").isNull();
    }

    @Test
    void aChangeOfOneShareeShouldNotNotifyTheOthers() throws Exception {
        share("{'bob': " + READ + ", 'carol': " + READ + "}");
        share("{'bob': " + READ + ", 'carol': {'mayReadItems': true, 'mayWriteAll': true}}");

        assertThatJson(call("get", bob, "{}")).inPath("list").isArray().hasSize(1);
        assertThatJson(call("get", carol, "{}")).inPath("list").isArray().hasSize(2);
    }

    @Test
    void aNotificationThatCannotBeStoredShouldNotFailTheSharersCall() throws Exception {
        ShareNotificationMethods failing = new ShareNotificationMethods(store, changeLog,
            commit -> {
                throw new IllegalStateException("store down");
            }, StateChangeListener.NONE, new NotificationRetention(Duration.ofDays(30), clock), principalId -> Optional.empty());
        StandardMethods books = new StandardMethods(new NotebookType(),
            new TypeStorage("Notebook", store, changeLog, StateChangeListener.NONE),
            Set.of("alice", "bob")::contains, failing.notifier());

        ObjectNode response = books.set().call(Json.object("{'accountId': 'alice', 'update': {'" + team
            + "': {'shareWith': {'bob': " + READ + "}}}}"), alice);

        assertThat(response.path("updated").has(team)).isTrue();
    }

    @Test
    void theNotifiedUserShouldDestroyANotification() throws Exception {
        share("{'bob': " + READ + "}");
        ObjectNode before = call("get", bob, "{}");
        String id = before.at("/list/0/id").asText();

        ObjectNode response = call("set", bob, "{'destroy': ['" + id + "']}");

        assertThatJson(response).inPath("destroyed").isEqualTo(json("['" + id + "']"));
        assertThatJson(call("changes", bob, "{'sinceState': '" + before.path("state").asText() + "'}"))
            .inPath("destroyed").isEqualTo(json("['" + id + "']"));
    }

    @Test
    void notificationsShouldNeitherBeCreatedNorUpdated() throws Exception {
        share("{'bob': " + READ + "}");
        String id = call("get", bob, "{}").at("/list/0/id").asText();

        ObjectNode response = call("set", bob, "{'create': {'n': {}}, 'update': {'" + id + "': {'name': 'x'}}}");

        assertThatJson(response).inPath("notCreated.n.type").isEqualTo("forbidden");
        assertThatJson(response).inPath("notUpdated." + id + ".type").isEqualTo("forbidden");
    }

    @Test
    void anotherUserShouldNotReachTheNotifications() {
        MethodErrorException error = catchThrowableOfType(() -> call("get", carol, "{'accountId': 'bob'}"),
            MethodErrorException.class);

        assertThat(error.type()).isEqualTo("accountNotFound");
    }

    @Test
    void notificationsShouldBeDestroyedOnceTheRetentionTimePassed() throws Exception {
        share("{'bob': " + READ + "}");
        ObjectNode before = call("get", bob, "{}");
        clock.advance(Duration.ofDays(30).plusSeconds(1));

        assertThatJson(call("get", bob, "{}")).inPath("list").isEqualTo(json("[]"));
        assertThatJson(call("changes", bob, "{'sinceState': '" + before.path("state").asText() + "'}"))
            .inPath("destroyed").isEqualTo(json("['" + before.at("/list/0/id").asText() + "']"));
    }

    @Test
    void notificationsShouldBeKeptUntilTheRetentionTime() throws Exception {
        share("{'bob': " + READ + "}");
        clock.advance(Duration.ofDays(30));

        assertThatJson(call("get", bob, "{}")).inPath("list").isArray().hasSize(1);
    }

    @Test
    void everyFilterOfTheRfcShouldSelect() throws Exception {
        share("{'bob': " + READ + "}");
        clock.advance(Duration.ofHours(1));
        share("null");
        List<String> byDate = new ArrayList<>();
        call("query", bob, "{'sort': [{'property': 'created'}]}").path("ids").forEach(id -> byDate.add(id.asText()));

        assertThat(ids("{'after': '2026-01-10T10:00:00Z'}")).containsExactlyInAnyOrderElementsOf(byDate);
        assertThat(ids("{'after': '2026-01-10T10:00:01Z'}")).containsExactly(byDate.get(1));
        assertThat(ids("{'before': '2026-01-10T11:00:00Z'}")).containsExactly(byDate.get(0));
        assertThat(ids("{'after': null, 'before': null}")).hasSize(2);
        assertThat(ids("{'objectType': 'Notebook'}")).hasSize(2);
        assertThat(ids("{'objectType': 'AddressBook'}")).isEmpty();
        assertThat(ids("{'objectAccountId': 'alice'}")).hasSize(2);
        assertThat(ids("{'objectAccountId': 'carol'}")).isEmpty();
    }

    @Test
    void aMalformedDateShouldBeAnUnsupportedFilter() {
        MethodErrorException error = catchThrowableOfType(() -> call("query", bob, "{'filter': {'after': 'yesterday'}}"),
            MethodErrorException.class);

        assertThat(error.type()).isEqualTo("unsupportedFilter");
    }

    @Test
    void queryChangesShouldShowANewNotification() throws Exception {
        String queryState = call("query", bob, "{'sort': [{'property': 'created'}]}").path("queryState").asText();
        share("{'bob': " + READ + "}");

        ObjectNode response = call("queryChanges", bob, "{'sort': [{'property': 'created'}], 'sinceQueryState': '"
            + queryState + "'}");

        assertThatJson(response).inPath("added").isArray().hasSize(1);
    }

    private List<String> ids(String filter) throws MethodErrorException {
        List<String> ids = new ArrayList<>();
        call("query", bob, "{'filter': " + filter + "}").path("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
