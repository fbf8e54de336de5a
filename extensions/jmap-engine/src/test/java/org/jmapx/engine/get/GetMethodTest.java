package org.jmapx.engine.get;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.jmapx.engine.method.CoreLimits;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.testing.TodoFixture;

class GetMethodTest {
    private final TodoFixture todos = new TodoFixture();

    @Test
    void getShouldReturnEveryRecordWhenIdsIsNull() throws Exception {
        String a = todos.create("{'title': 'a'}");
        String b = todos.create("{'title': 'b'}");

        assertThatJson(todos.get("{'ids': null}")).inPath("list[*].id").isArray().containsExactlyInAnyOrder(a, b);
    }

    @Test
    void getShouldReturnStoredAndComputedProperties() throws Exception {
        String id = todos.create("{'title': 'abc', 'example.com:color': 'red'}");

        assertThatJson(todos.get("{'ids': ['" + id + "']}")).isEqualTo(json("{'accountId': '" + todos.accountId
            + "', 'state': '" + todos.state() + "', 'notFound': [], 'list': [{'id': '" + id + "', 'title': 'abc',"
            + " 'priority': 0, 'done': false, 'estimate': 3, 'example.com:color': 'red', 'myRights': {'mayDelete': true}}]}"));
    }

    @Test
    void getShouldReturnNotFoundWhenIdIsUnknown() throws Exception {
        assertThatJson(todos.get("{'ids': ['unknown']}")).isEqualTo(json("{'accountId': '" + todos.accountId
            + "', 'state': '0', 'list': [], 'notFound': ['unknown']}"));
    }

    @Test
    void getShouldReturnOnlyIdAndTheRequestedProperties() throws Exception {
        String id = todos.create("{'title': 'a', 'details': 'x'}");

        assertThatJson(todos.get("{'ids': ['" + id + "'], 'properties': ['title', 'myRights']}"))
            .inPath("list[0]").isEqualTo(json("{'id': '" + id + "', 'title': 'a', 'myRights': {'mayDelete': true}}"));
    }

    @Test
    void getShouldRejectAnUnknownPropertyName() {
        assertThatThrownBy(() -> todos.get("{'properties': ['nope']}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("invalidArguments"));
    }

    @Test
    void getShouldResolveACreationIdOfTheSameRequest() throws Exception {
        String id = todos.create("{'title': 'a'}");

        ObjectNode response = todos.get("{'ids': ['#c', '#unknown']}");

        assertThatJson(response).inPath("notFound").isEqualTo(json("['#unknown']"));
        assertThatJson(response).inPath("list[0].id").isEqualTo(id);
    }

    @Test
    void getShouldRejectMoreIdsThanMaxObjectsInGet() {
        todos.context = todos.context.withLimits(new CoreLimits(2, 10));

        assertThatThrownBy(() -> todos.get("{'ids': ['a', 'b', 'c']}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("requestTooLarge"));
    }

    @Test
    void getAllShouldBeTooLargeWhenTheAccountHoldsMoreThanMaxObjectsInGet() throws Exception {
        todos.create("{'title': 'a'}");
        todos.create("{'title': 'b'}");
        todos.context = todos.context.withLimits(new CoreLimits(1, 10));

        assertThatThrownBy(() -> todos.get("{}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("requestTooLarge"));
    }

    @Test
    void getShouldRejectAnInaccessibleAccount() {
        assertThatThrownBy(() -> todos.get("{'accountId': 'someone-else'}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("accountNotFound"));
    }

    @Test
    void getShouldRequireAnAccountId() {
        assertThatThrownBy(() -> todos.methods.get().call(org.jmapx.engine.testing.Json.object("{}"), todos.context))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("invalidArguments"));
    }

    @Test
    void getShouldRejectUnknownArguments() {
        assertThatThrownBy(() -> todos.get("{'foo': 1}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("invalidArguments"));
    }

    @Test
    void getShouldRejectIdsOfTheWrongType() {
        assertThatThrownBy(() -> todos.get("{'ids': 'a'}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("invalidArguments"));
        assertThatThrownBy(() -> todos.get("{'ids': [1]}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("invalidArguments"));
    }

    @Test
    void getShouldNameItselfAfterTheTypeAndRequireItsCapability() {
        assertThat(todos.methods.get().name()).isEqualTo("Todo/get");
        assertThat(todos.methods.get().requiredCapabilities())
            .containsExactlyInAnyOrder("urn:ietf:params:jmap:core", "urn:example:todo");
    }

    @Test
    void aRepeatedIdShouldBeListedOnlyOnce() throws Exception {
        String id = todos.create("{'title': 'a'}");

        ObjectNode response = todos.get("{'ids': ['" + id + "', '" + id + "', '#c', 'nope', 'nope']}");

        assertThatJson(response).inPath("list[*].id").isArray().containsExactly(id);
        assertThatJson(response).inPath("notFound").isEqualTo(json("['nope']"));
    }

    @Test
    void anEmptyPropertiesListShouldReturnOnlyTheIds() throws Exception {
        String id = todos.create("{'title': 'a'}");

        assertThatJson(todos.get("{'ids': ['" + id + "'], 'properties': []}")).inPath("list")
            .isEqualTo(json("[{'id': '" + id + "'}]"));
    }

    @Test
    void anEmptyIdsListShouldReturnNothingWhereNullReturnsEverything() throws Exception {
        todos.create("{'title': 'a'}");

        assertThatJson(todos.get("{'ids': []}")).isObject()
            .containsEntry("list", json("[]")).containsEntry("notFound", json("[]"));
        assertThatJson(todos.get("{'ids': null, 'properties': null}")).inPath("list[0]").isObject()
            .containsKeys("id", "title", "priority", "done", "estimate", "myRights");
    }
}
