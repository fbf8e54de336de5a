package org.jmapx.engine.access;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.testing.SharingFixture;

/**
 * The engine's rights model on a container type that has no access-control code of its own: Alice
 * shares her "Team" notebook with Bob (read only) and Carol (read and write), keeps "Private" to herself.
 */
class SharedContainerTest {
    private static final String READ = "{'mayReadItems': true}";
    private static final String WRITE = "{'mayReadItems': true, 'mayWriteAll': true}";

    private final SharingFixture fixture = new SharingFixture();
    private String team;
    private String secret;
    private String teamNote;
    private String privateNote;
    private String bothNote;

    @BeforeEach
    void aliceSharesTeamButNotPrivate() throws Exception {
        team = fixture.notebook("{'name': 'Team'}");
        secret = fixture.notebook("{'name': 'Private'}");
        teamNote = fixture.note("agenda", team);
        privateNote = fixture.note("diary", secret);
        bothNote = fixture.note("plan", team, secret);
        fixture.share(team, "{'bob': " + READ + ", 'carol': " + WRITE + "}");
    }

    @Test
    void aStrangerShouldNotFindTheAccountWithAnyMethod() {
        Map<JmapMethod, String> calls = Map.of(fixture.notebooks.get(), "{}",
            fixture.notebooks.changes(), "{'sinceState': '0'}", fixture.notebooks.set(), "{}",
            fixture.notes.get(), "{'ids': ['" + teamNote + "']}", fixture.notes.changes(), "{'sinceState': '0'}",
            fixture.notes.set(), "{'destroy': ['" + teamNote + "']}", fixture.notes.query(), "{}",
            fixture.notes.queryChanges(), "{'sinceQueryState': '0'}",
            fixture.notes.copy(), "{'fromAccountId': 'alice', 'accountId': 'eve', 'create': {}}");
        for (Map.Entry<JmapMethod, String> call : calls.entrySet()) {
            JmapMethod method = call.getKey();
            MethodErrorException error = catchThrowableOfType(
                () -> fixture.call(method, fixture.eve, call.getValue()), MethodErrorException.class);
            assertThat(error).as(method.name()).isNotNull();
            assertThat(error.type()).as(method.name())
                .isEqualTo(method.name().endsWith("/copy") ? "fromAccountNotFound" : "accountNotFound");
        }
    }

    @Test
    void aShareeShouldSeeOnlyTheSharedNotebookWithTheirRights() throws Exception {
        ObjectNode response = fixture.call(fixture.notebooks.get(), fixture.bob, "{}");

        assertThatJson(response).inPath("list[*].id").isEqualTo(json("['" + team + "']"));
        assertThatJson(response).inPath("list[0].myRights").isEqualTo(json("{'mayReadFreeBusy': false,"
            + " 'mayReadItems': true, 'mayWriteAll': false, 'mayAdmin': false, 'mayDelete': false}"));
        assertThatJson(fixture.call(fixture.notebooks.get(), fixture.bob, "{'ids': ['" + secret + "']}"))
            .inPath("notFound").isEqualTo(json("['" + secret + "']"));
    }

    @Test
    void aShareeShouldGetOnlyNotesOfNotebooksTheyMayRead() throws Exception {
        ObjectNode response = fixture.call(fixture.notes.get(), fixture.bob,
            "{'ids': ['" + teamNote + "', '" + privateNote + "', '" + bothNote + "']}");

        assertThatJson(response).inPath("list[*].id").isArray().containsExactlyInAnyOrder(teamNote, bothNote);
        assertThatJson(response).inPath("notFound").isEqualTo(json("['" + privateNote + "']"));
        assertThatJson(fixture.call(fixture.notes.query(), fixture.bob, "{}")).inPath("ids")
            .isArray().containsExactlyInAnyOrder(teamNote, bothNote);
    }

    @Test
    void aRightThatIsOnlyUsedElsewhereShouldShowNothing() throws Exception {
        fixture.share(team, "{'bob': {'mayReadFreeBusy': true}}");

        MethodErrorException error = catchThrowableOfType(
            () -> fixture.call(fixture.notebooks.get(), fixture.bob, "{}"), MethodErrorException.class);
        assertThat(error.type()).isEqualTo("accountNotFound");
    }

    @Test
    void aReadOnlyShareeShouldBeForbiddenToWriteNotes() throws Exception {
        ObjectNode response = fixture.call(fixture.notes.set(), fixture.bob, "{"
            + "'create': {'c': {'text': 'x', 'notebookIds': {'" + team + "': true}}},"
            + "'update': {'" + teamNote + "': {'text': 'changed'}},"
            + "'destroy': ['" + teamNote + "']}");

        assertThatJson(response).inPath("notCreated.c.type").isEqualTo("forbidden");
        assertThatJson(response).inPath("notUpdated." + teamNote + ".type").isEqualTo("forbidden");
        assertThatJson(response).inPath("notDestroyed." + teamNote + ".type").isEqualTo("forbidden");
    }

    @Test
    void hiddenNotesShouldBeNotFoundToWritesToo() throws Exception {
        ObjectNode response = fixture.call(fixture.notes.set(), fixture.carol, "{"
            + "'update': {'" + privateNote + "': {'text': 'changed'}}, 'destroy': ['" + privateNote + "']}");

        assertThatJson(response).inPath("notUpdated." + privateNote + ".type").isEqualTo("notFound");
        assertThatJson(response).inPath("notDestroyed." + privateNote + ".type").isEqualTo("notFound");
    }

    @Test
    void aWritingShareeShouldCreateAndChangeNotesOfTheSharedNotebook() throws Exception {
        ObjectNode response = fixture.call(fixture.notes.set(), fixture.carol, "{"
            + "'create': {'c': {'text': 'minutes', 'notebookIds': {'" + team + "': true}}},"
            + "'update': {'" + teamNote + "': {'text': 'agenda v2'}}}");

        assertThat(response.path("created").has("c")).isTrue();
        assertThat(response.path("updated").has(teamNote)).isTrue();
    }

    @Test
    void aWritingShareeShouldNotMoveANoteIntoANotebookTheyCannotSee() throws Exception {
        ObjectNode response = fixture.call(fixture.notes.set(), fixture.carol,
            "{'update': {'" + teamNote + "': {'notebookIds/" + secret + "': true}}}");

        assertThatJson(response).inPath("notUpdated." + teamNote).isEqualTo(json(
            "{'type': 'invalidProperties', 'properties': ['notebookIds/" + secret + "'], 'description': '${json-unit.any-string}'}"));
    }

    @Test
    void aWritingShareeShouldNotChangeANoteThatIsAlsoInAPrivateNotebook() throws Exception {
        ObjectNode response = fixture.call(fixture.notes.set(), fixture.carol,
            "{'update': {'" + bothNote + "': {'text': 'hijacked'}}, 'destroy': ['" + bothNote + "']}");

        assertThatJson(response).inPath("notUpdated." + bothNote + ".type").isEqualTo("forbidden");
        assertThatJson(response).inPath("notDestroyed." + bothNote + ".type").isEqualTo("forbidden");
    }

    @Test
    void shareesShouldNotCreateChangeOrDestroyNotebooksWithoutTheRights() throws Exception {
        ObjectNode response = fixture.call(fixture.notebooks.set(), fixture.carol, "{"
            + "'create': {'c': {'name': 'Mine'}},"
            + "'update': {'" + team + "': {'description': 'Changed for everyone'}},"
            + "'destroy': ['" + team + "']}");

        assertThatJson(response).inPath("notCreated.c.type").isEqualTo("forbidden");
        assertThatJson(response).inPath("notUpdated." + team + ".type").isEqualTo("forbidden");
        assertThatJson(response).inPath("notDestroyed." + team + ".type").isEqualTo("forbidden");
    }

    @Test
    void changingShareWithShouldNeedTheShareRight() throws Exception {
        ObjectNode response = fixture.call(fixture.notebooks.set(), fixture.carol,
            "{'update': {'" + team + "': {'shareWith/bob/mayWriteAll': true}}}");

        assertThatJson(response).inPath("notUpdated." + team + ".type").isEqualTo("forbidden");
    }

    @Test
    void anAdminShareeShouldNotGiveARightTheyDoNotHold() throws Exception {
        fixture.share(team, "{'bob': {'mayReadItems': true, 'mayAdmin': true}}");

        ObjectNode escalation = fixture.call(fixture.notebooks.set(), fixture.bob,
            "{'update': {'" + team + "': {'shareWith': {'bob': {'mayReadItems': true, 'mayAdmin': true},"
                + " 'carol': {'mayReadItems': true, 'mayWriteAll': true}}}}}");
        ObjectNode allowed = fixture.call(fixture.notebooks.set(), fixture.bob,
            "{'update': {'" + team + "': {'shareWith': {'bob': {'mayReadItems': true, 'mayAdmin': true},"
                + " 'carol': {'mayReadItems': true}}}}}");

        assertThatJson(escalation).inPath("notUpdated." + team + ".type").isEqualTo("forbidden");
        assertThat(allowed.path("updated").has(team)).as(allowed.toString()).isTrue();
    }

    @Test
    void malformedShareWithShouldNameEveryBadPath() throws Exception {
        ObjectNode response = fixture.call(fixture.notebooks.set(), fixture.alice,
            "{'update': {'" + team + "': {'shareWith': {'nobody': {'mayReadItems': true},"
                + " 'bob': {'mayFly': true, 'mayReadItems': 'yes'}, 'carol': true, 'alice': {'mayReadItems': true}}}}}");

        assertThatJson(response).inPath("notUpdated." + team + ".type").isEqualTo("invalidProperties");
        assertThatJson(response).inPath("notUpdated." + team + ".properties").isArray().containsExactlyInAnyOrder(
            "shareWith/nobody", "shareWith/bob/mayFly", "shareWith/bob/mayReadItems", "shareWith/carol", "shareWith/alice");
        assertThatJson(fixture.call(fixture.notebooks.get(), fixture.alice, "{'ids': ['" + team + "']}"))
            .inPath("list[0].shareWith.carol.mayWriteAll").isEqualTo(true);
    }

    @Test
    void revokingShouldTakeEffectOnTheNextCall() throws Exception {
        fixture.share(team, "{'carol': " + WRITE + "}");

        MethodErrorException error = catchThrowableOfType(
            () -> fixture.call(fixture.notes.get(), fixture.bob, "{'ids': ['" + teamNote + "']}"), MethodErrorException.class);
        assertThat(error.type()).isEqualTo("accountNotFound");
    }

    @Test
    void aGrantShouldShowTheNotebooksNotesInTheShareesChanges() throws Exception {
        String state = fixture.call(fixture.notes.get(), fixture.bob, "{'ids': []}").get("state").asText();
        String later = fixture.note("later", secret);

        fixture.share(secret, "{'bob': " + READ + "}");
        ObjectNode changes = fixture.call(fixture.notes.changes(), fixture.bob, "{'sinceState': '" + state + "'}");

        assertThatJson(changes).inPath("created").isEqualTo(json("['" + later + "']"));
        assertThatJson(changes).inPath("updated").isArray().containsExactlyInAnyOrder(privateNote, bothNote);
    }

    @Test
    void aRevocationShouldShowTheNotesAsDestroyedToTheSharee() throws Exception {
        fixture.share("inbox", "{'bob': " + READ + "}");
        String state = fixture.call(fixture.notes.get(), fixture.bob, "{'ids': []}").get("state").asText();
        fixture.share(team, "{'carol': " + WRITE + "}");

        ObjectNode changes = fixture.call(fixture.notes.changes(), fixture.bob, "{'sinceState': '" + state + "'}");

        assertThatJson(changes).inPath("updated").isEqualTo(json("[]"));
        assertThatJson(changes).inPath("destroyed").isArray().containsExactlyInAnyOrder(teamNote, bothNote);
    }

    @Test
    void shareChangesShouldBeAnnouncedWithOldAndNewRights() throws Exception {
        fixture.shareChanges.clear();
        fixture.share(team, "{'carol': " + READ + "}");

        assertThat(fixture.shareChanges).hasSize(1);
        ShareChange change = fixture.shareChanges.get(0);
        assertThat(change.containerId()).isEqualTo(team);
        assertThat(change.changedBy()).isEqualTo("alice");
        assertThat(change.affectedPrincipals()).containsExactlyInAnyOrder("bob", "carol");
        assertThat(change.newGrants()).doesNotContainKey("bob");
        assertThat(change.oldGrants().get("carol").path("mayWriteAll").asBoolean()).isTrue();
        assertThat(change.newGrants().get("carol").path("mayWriteAll").asBoolean()).isFalse();
    }

    @Test
    void perUserPropertiesShouldBeKeptForEachUser() throws Exception {
        assertThatJson(fixture.call(fixture.notebooks.get(), fixture.bob, "{}")).inPath("list[0].isSubscribed").isEqualTo(false);

        ObjectNode response = fixture.call(fixture.notebooks.set(), fixture.bob,
            "{'update': {'" + team + "': {'isSubscribed': true, 'color': 'red'}}}");

        assertThat(response.path("updated").has(team)).as(response.toString()).isTrue();
        assertThatJson(fixture.call(fixture.notebooks.get(), fixture.bob, "{}")).inPath("list[0]")
            .isObject().containsEntry("isSubscribed", true).containsEntry("color", "red");
        assertThatJson(fixture.call(fixture.notebooks.get(), fixture.alice, "{'ids': ['" + team + "']}")).inPath("list[0]")
            .isObject().containsEntry("isSubscribed", true).containsEntry("color", null).doesNotContainKey("jmapx:perUser");
        assertThatJson(fixture.call(fixture.notebooks.get(), fixture.carol, "{}")).inPath("list[0].isSubscribed").isEqualTo(false);
    }

    @Test
    void anInheritedPerUserPropertyShouldShowTheOwnersValueUntilTheShareeSetsTheirOwn() throws Exception {
        assertThatJson(fixture.call(fixture.notebooks.get(), fixture.bob, "{}")).inPath("list[0].name").isEqualTo("Team");

        ObjectNode renamed = fixture.call(fixture.notebooks.set(), fixture.bob, "{'update': {'" + team + "': {'name': 'Work'}}}");

        assertThat(renamed.path("updated").has(team)).as(renamed.toString()).isTrue();
        assertThatJson(fixture.call(fixture.notebooks.get(), fixture.bob, "{}")).inPath("list[0].name").isEqualTo("Work");
        assertThatJson(fixture.call(fixture.notebooks.get(), fixture.alice, "{'ids': ['" + team + "']}"))
            .inPath("list[0].name").isEqualTo("Team");
        assertThatJson(fixture.call(fixture.notebooks.get(), fixture.carol, "{}")).inPath("list[0].name").isEqualTo("Team");
    }

    @Test
    void aDelegateShouldActAsTheOwner() throws Exception {
        ObjectNode response = fixture.call(fixture.notes.query(), fixture.dave, "{}");

        assertThatJson(response).inPath("ids").isArray().containsExactlyInAnyOrder(teamNote, privateNote, bothNote);
        assertThatJson(fixture.call(fixture.notebooks.get(), fixture.dave, "{'ids': ['" + secret + "']}"))
            .inPath("list[0].myRights").isEqualTo(json("{'mayReadFreeBusy': true, 'mayReadItems': true,"
                + " 'mayWriteAll': true, 'mayAdmin': true, 'mayDelete': true}"));
    }

    @Test
    void theDefaultNotebookShouldNotBeDestroyedAndOnlyTheOwnerMovesTheDefault() throws Exception {
        fixture.share("inbox", "{'carol': {'mayReadItems': true, 'mayAdmin': true, 'mayDelete': true}}");

        assertThatJson(fixture.call(fixture.notebooks.set(), fixture.alice, "{'destroy': ['inbox']}"))
            .inPath("notDestroyed.inbox.type").isEqualTo("forbidden");
        ObjectNode ignored = fixture.call(fixture.notebooks.set(), fixture.carol, "{'onSuccessSetIsDefault': '" + team + "'}");
        assertThat(ignored.path("updated").isNull() || ignored.path("updated").isMissingNode()).as(ignored.toString()).isTrue();
        ObjectNode moved = fixture.call(fixture.notebooks.set(), fixture.alice, "{'onSuccessSetIsDefault': '" + team + "'}");
        assertThatJson(moved).inPath("updated." + team + ".isDefault").isEqualTo(true);
    }

    @Test
    void aShareeShouldCopyASharedNoteIntoTheirOwnAccount() throws Exception {
        ObjectNode bobsInbox = fixture.call(fixture.notebooks.get(), fixture.bob, "{'accountId': 'bob'}");
        assertThatJson(bobsInbox).inPath("list[0].id").isEqualTo("inbox");

        ObjectNode copied = fixture.call(fixture.notes.copy(), fixture.bob, "{'fromAccountId': 'alice', 'accountId': 'bob',"
            + " 'create': {'c': {'id': '" + teamNote + "', 'notebookIds': {'inbox': true}},"
            + " 'c2': {'id': '" + privateNote + "', 'notebookIds': {'inbox': true}}}}");

        assertThat(copied.path("created").has("c")).as(copied.toString()).isTrue();
        assertThatJson(copied).inPath("notCreated.c2.type").isEqualTo("notFound");
    }
}
