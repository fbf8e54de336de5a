package org.jmapx.engine.set;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jmapx.engine.testing.TodoFixture;

class SetMethodUpdateTest {
    private final TodoFixture todos = new TodoFixture();
    private String id;

    @BeforeEach
    void createTodo() throws Exception {
        id = todos.create("{'title': 'a', 'createdBy': 'me', 'details': {'a/b': {'c~d': 1}, 'list': [1, 2]}}");
    }

    private ObjectNode update(String patch) throws Exception {
        return todos.set("{'update': {'" + id + "': " + patch + "}}");
    }

    private ObjectNode stored() {
        return todos.store.get(todos.accountId, "Todo", List.of(id)).get(id);
    }

    @Test
    void updateShouldApplyThePatchAndReportNullWhenTheServerChangedNothingElse() throws Exception {
        assertThatJson(update("{'title': 'b'}")).inPath("updated").isEqualTo(json("{'" + id + "': null}"));
        assertThat(stored().get("title").asText()).isEqualTo("b");
    }

    @Test
    void updateShouldReportChangedComputedProperties() throws Exception {
        assertThatJson(update("{'done': true}")).inPath("updated").isEqualTo(json(
            "{'" + id + "': {'myRights': {'mayDelete': false}}}"));
    }

    @Test
    void updateShouldAcceptTheWholeObjectSentBack() throws Exception {
        ObjectNode whole = (ObjectNode) todos.get("{'ids': ['" + id + "']}").at("/list/0");
        whole.put("title", "whole");

        assertThatJson(update(whole.toString())).inPath("updated").isEqualTo(json("{'" + id + "': null}"));
    }

    @Test
    void updateShouldUnescapeJsonPointerTokens() throws Exception {
        update("{'details/a~1b/c~0d': 2}");

        assertThatJson(stored()).inPath("details").isEqualTo(json("{'a/b': {'c~d': 2}, 'list': [1, 2]}"));
    }

    @Test
    void updateShouldAddANestedProperty() throws Exception {
        update("{'details/new': true}");

        assertThatJson(stored()).inPath("details.new").isEqualTo(true);
    }

    @Test
    void aNullPatchShouldRestoreTheDefaultOfATopLevelProperty() throws Exception {
        update("{'priority': 5}");
        update("{'priority': null}");

        assertThatJson(stored()).inPath("priority").isEqualTo(0);
    }

    @Test
    void aNullPatchShouldRemoveAPropertyWithoutDefault() throws Exception {
        update("{'details/a~1b': null}");
        update("{'details/absent': null}");

        assertThatJson(stored()).inPath("details").isEqualTo(json("{'list': [1, 2]}"));
    }

    @Test
    void aPatchThroughAnArrayShouldBeInvalid() throws Exception {
        assertThatJson(update("{'details/list/0': 3}")).inPath("notUpdated." + id + ".type").isEqualTo("invalidPatch");
    }

    @Test
    void aPatchWhoseParentIsAbsentShouldBeInvalid() throws Exception {
        assertThatJson(update("{'missing/child': 3}")).inPath("notUpdated." + id + ".type").isEqualTo("invalidPatch");
    }

    @Test
    void aPatchWhoseParentIsNullShouldBeInvalid() throws Exception {
        String withNullDetails = todos.create("{'title': 'n', 'details': null}");

        assertThatJson(todos.set("{'update': {'" + withNullDetails + "': {'details/x': 3}}}"))
            .inPath("notUpdated." + withNullDetails + ".type").isEqualTo("invalidPatch");
    }

    @Test
    void aPatchWithAPathAndItsPrefixShouldBeInvalid() throws Exception {
        assertThatJson(update("{'details': {}, 'details/x': 1}")).inPath("notUpdated." + id + ".type").isEqualTo("invalidPatch");
    }

    @Test
    void aPatchWithABadEscapeShouldBeInvalid() throws Exception {
        assertThatJson(update("{'details/a~2': 1}")).inPath("notUpdated." + id + ".type").isEqualTo("invalidPatch");
    }

    @Test
    void anInvalidPatchShouldWriteNothing() throws Exception {
        ObjectNode before = stored();

        update("{'title': 'changed', 'details/list/0': 3}");

        assertThat(stored()).isEqualTo(before);
        assertThat(todos.state()).isEqualTo("1");
    }

    @Test
    void changingAServerSetPropertyShouldBeInvalid() throws Exception {
        assertThatJson(update("{'estimate': 99}")).inPath("notUpdated." + id).isObject()
            .containsEntry("type", "invalidProperties").containsEntry("properties", json("['estimate']"));
    }

    @Test
    void changingAComputedPropertyShouldBeInvalid() throws Exception {
        assertThatJson(update("{'myRights/mayDelete': false}")).inPath("notUpdated." + id + ".properties")
            .isEqualTo(json("['myRights']"));
    }

    @Test
    void sendingAServerSetPropertyWithItsCurrentValueShouldBeAccepted() throws Exception {
        assertThatJson(update("{'estimate': 1, 'id': '" + id + "'}")).inPath("updated").isObject().containsKey(id);
    }

    @Test
    void changingAnImmutablePropertyShouldBeInvalid() throws Exception {
        assertThatJson(update("{'createdBy': 'you'}")).inPath("notUpdated." + id + ".properties")
            .isEqualTo(json("['createdBy']"));
    }

    @Test
    void removingARequiredPropertyShouldBeInvalid() throws Exception {
        assertThatJson(update("{'title': null}")).inPath("notUpdated." + id + ".properties").isEqualTo(json("['title']"));
    }

    @Test
    void updateOfAnUnknownIdShouldBeNotFound() throws Exception {
        assertThatJson(todos.set("{'update': {'nope': {'title': 'x'}, '#nope': {'title': 'x'}}}")).inPath("notUpdated")
            .isObject().containsOnlyKeys("nope", "#nope")
            .containsEntry("nope", json("{'type': 'notFound', 'description': '${json-unit.any-string}'}"));
    }

    @Test
    void updateShouldAcceptACreationReferenceAsKeyAndInPaths() throws Exception {
        ObjectNode response = todos.set("{'create': {'list': {'title': 'l'}, 'new': {'title': 'n', 'listIds': {}}},"
            + " 'update': {'#new': {'listIds/#list': true}}}");
        String list = response.at("/created/list/id").asText();
        String created = response.at("/created/new/id").asText();

        assertThatJson(todos.get("{'ids': ['" + created + "']}")).inPath("list[0].listIds").isEqualTo(json("{'" + list + "': true}"));
        assertThatJson(todos.changes("{'sinceState': '1'}")).inPath("created").isArray().containsExactlyInAnyOrder(list, created);
    }

    @Test
    void updateOfARecordDestroyedInTheSameCallShouldBeWillDestroy() throws Exception {
        ObjectNode response = todos.set("{'update': {'" + id + "': {'title': 'x'}}, 'destroy': ['" + id + "']}");

        assertThatJson(response).inPath("notUpdated." + id + ".type").isEqualTo("willDestroy");
        assertThatJson(response).inPath("destroyed").isEqualTo(json("['" + id + "']"));
    }

    @Test
    void updateShouldBeRefusedByTheTypesCheck() throws Exception {
        assertThatJson(update("{'title': 'forbidden'}")).inPath("notUpdated." + id + ".type").isEqualTo("forbidden");
    }

    @Test
    void settingAPropertyToTheValueItAlreadyHasShouldSucceedWithoutANewState() throws Exception {
        String before = todos.state();

        ObjectNode response = update("{'title': 'a', 'createdBy': 'me'}");

        assertThatJson(response).isObject().containsEntry("updated", json("{'" + id + "': null}"))
            .containsEntry("notUpdated", null).containsEntry("newState", before);
        assertThat(todos.state()).isEqualTo(before);
        assertThat(todos.announcedStates).containsExactly("Todo:1");
    }

    @Test
    void pathsThatOnlyShareATextualPrefixShouldBothApply() throws Exception {
        update("{'details/l': 1, 'details/list': [3]}");

        assertThatJson(stored()).inPath("details").isEqualTo(json("{'a/b': {'c~d': 1}, 'l': 1, 'list': [3]}"));
    }

    @Test
    void aPatchOfAWholeArrayShouldBeValid() throws Exception {
        update("{'details/list': [3, 4, 5]}");

        assertThatJson(stored()).inPath("details.list").isEqualTo(json("[3, 4, 5]"));
    }

    @Test
    void anUpdateSkippedForADestroyThatFailsShouldStillBeApplied() throws Exception {
        String done = todos.create("{'title': 'done', 'done': true}");

        ObjectNode response = todos.set("{'update': {'" + done + "': {'title': 'renamed'}}, 'destroy': ['" + done + "']}");

        assertThatJson(response).inPath("notDestroyed." + done + ".type").isEqualTo("todoIsDone");
        assertThatJson(response).isObject().containsEntry("notUpdated", null)
            .containsEntry("updated", json("{'" + done + "': null}"));
        assertThat(todos.store.get(todos.accountId, "Todo", List.of(done)).get(done).get("title").asText())
            .isEqualTo("renamed");
    }
}
