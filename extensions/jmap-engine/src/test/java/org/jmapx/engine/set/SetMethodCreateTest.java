package org.jmapx.engine.set;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.jmapx.engine.method.CoreLimits;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.testing.TodoFixture;

class SetMethodCreateTest {
    private final TodoFixture todos = new TodoFixture();

    @Test
    void createShouldReturnServerSetDefaultedAndComputedProperties() throws Exception {
        ObjectNode response = todos.set("{'create': {'c1': {'title': 'abc', 'priority': 2}}}");
        String id = response.at("/created/c1/id").asText();

        assertThatJson(response).isEqualTo(json("{'accountId': '" + todos.accountId + "', 'oldState': '0',"
            + " 'newState': '1', 'created': {'c1': {'id': '" + id + "', 'done': false, 'estimate': 3,"
            + " 'myRights': {'mayDelete': true}}}, 'updated': null, 'destroyed': null,"
            + " 'notCreated': null, 'notUpdated': null, 'notDestroyed': null}"));
    }

    @Test
    void createShouldStoreTheRecordAndRecordItsCreationId() throws Exception {
        String id = todos.create("{'title': 'a'}");

        assertThat(todos.context.resolveCreationId("c")).contains(id);
        assertThat(todos.store.get(todos.accountId, "Todo", List.of(id))).containsKey(id);
    }

    @Test
    void createShouldNotStoreComputedProperties() throws Exception {
        String id = todos.create("{'title': 'a'}");

        assertThat(todos.store.get(todos.accountId, "Todo", List.of(id)).get(id).has("myRights")).isFalse();
    }

    @Test
    void createShouldAppendOneChangeAndAnnounceTheNewState() throws Exception {
        todos.set("{'create': {'a': {'title': 'a'}, 'b': {'title': 'b'}}}");

        assertThat(todos.state()).isEqualTo("1");
        assertThat(todos.announcedStates).containsExactly("Todo:1");
    }

    @Test
    void createShouldRejectMissingRequiredPropertiesWithTheirNames() throws Exception {
        assertThatJson(todos.set("{'create': {'c': {'priority': 1}}}")).inPath("notCreated.c").isEqualTo(json(
            "{'type': 'invalidProperties', 'properties': ['title'], 'description': '${json-unit.any-string}'}"));
    }

    @Test
    void createShouldRejectServerSetAndUnknownProperties() throws Exception {
        assertThatJson(todos.set("{'create': {'c': {'title': 'a', 'id': 'x', 'estimate': 1, 'bogus': 1}}}"))
            .inPath("notCreated.c.properties").isArray().containsExactlyInAnyOrder("id", "estimate", "bogus");
    }

    @Test
    void createShouldReportTheTypesValidationProblems() throws Exception {
        assertThatJson(todos.set("{'create': {'c': {'title': '', 'priority': 'high'}}}"))
            .inPath("notCreated.c.properties").isArray().containsExactlyInAnyOrder("title", "priority");
    }

    @Test
    void createShouldKeepVendorProperties() throws Exception {
        String id = todos.create("{'title': 'a', 'example.com:tag': {'x': [1]}}");

        assertThat(todos.get("{'ids': ['" + id + "']}").at("/list/0/example.com:tag"))
            .isEqualTo(org.jmapx.engine.testing.Json.object("{'x': [1]}"));
    }

    @Test
    void createShouldReturnTheTypesOwnSetError() throws Exception {
        assertThatJson(todos.set("{'create': {'c': {'title': 'forbidden'}}}")).inPath("notCreated.c.type").isEqualTo("forbidden");
    }

    @Test
    void createShouldRejectADuplicateWithItsExistingId() throws Exception {
        String existing = todos.create("{'title': 'unique one'}");

        assertThatJson(todos.set("{'create': {'c': {'title': 'unique one'}}}")).inPath("notCreated.c")
            .isObject().containsEntry("type", "alreadyExists").containsEntry("existingId", existing);
    }

    @Test
    void createShouldSaveValidRecordsWhenOthersFail() throws Exception {
        ObjectNode response = todos.set("{'create': {'ok': {'title': 'a'}, 'ko': {'title': ''}}}");

        assertThatJson(response).inPath("created").isObject().containsOnlyKeys("ok");
        assertThatJson(response).inPath("notCreated").isObject().containsOnlyKeys("ko");
        assertThat(todos.store.all(todos.accountId, "Todo")).hasSize(1);
    }

    @Test
    void createShouldResolveReferencesToEarlierCreationsInIdReferenceProperties() throws Exception {
        String list = todos.create("{'title': 'list'}");
        ObjectNode response = todos.set("{'create': {"
            + "'parent': {'title': 'p'},"
            + "'child': {'title': 'c', 'parentId': '#parent', 'listIds': {'#c': true}, 'blockedBy': ['#parent', 'x']}}}");
        String parent = response.at("/created/parent/id").asText();
        String child = response.at("/created/child/id").asText();

        assertThatJson(todos.get("{'ids': ['" + child + "'], 'properties': ['parentId', 'listIds', 'blockedBy']}"))
            .inPath("list[0]").isEqualTo(json("{'id': '" + child + "', 'parentId': '" + parent + "',"
                + " 'listIds': {'" + list + "': true}, 'blockedBy': ['" + parent + "', 'x']}"));
    }

    @Test
    void createShouldRejectAReferenceToAnUnknownCreationId() throws Exception {
        assertThatJson(todos.set("{'create': {'c': {'title': 'a', 'parentId': '#nope'}}}"))
            .inPath("notCreated.c").isObject().containsEntry("type", "invalidProperties")
            .containsEntry("properties", json("['parentId']"));
    }

    @Test
    void setShouldRejectMoreObjectsThanMaxObjectsInSet() {
        todos.context = todos.context.withLimits(new CoreLimits(10, 2));

        assertThatThrownBy(() -> todos.set("{'create': {'a': {'title': 'a'}, 'b': {'title': 'b'}}, 'destroy': ['x']}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("requestTooLarge"));
    }

    @Test
    void setShouldRejectAMismatchingIfInState() throws Exception {
        todos.create("{'title': 'a'}");

        assertThatThrownBy(() -> todos.set("{'ifInState': '0', 'create': {'b': {'title': 'b'}}}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("stateMismatch"));
        assertThat(todos.store.all(todos.accountId, "Todo")).hasSize(1);
    }

    @Test
    void setShouldApplyAMatchingIfInState() throws Exception {
        todos.create("{'title': 'a'}");

        assertThatJson(todos.set("{'ifInState': '1', 'create': {'b': {'title': 'b'}}}")).inPath("newState").isString().isEqualTo("2");
    }

    @Test
    void setShouldRejectMalformedArguments() {
        for (String arguments : List.of("{'create': []}", "{'create': {'c': 1}}", "{'update': {'x': 'y'}}",
            "{'destroy': 'x'}", "{'ifInState': 1}", "{'unknown': true}", "{'onDestroyForce': 'yes'}")) {
            assertThatThrownBy(() -> todos.set(arguments)).as(arguments)
                .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("invalidArguments"));
        }
    }

    @Test
    void setWithNothingToDoShouldKeepTheState() throws Exception {
        assertThatJson(todos.set("{}")).isObject().containsEntry("oldState", "0").containsEntry("newState", "0");
        assertThat(todos.announcedStates).isEmpty();
    }

    @Test
    void aCreateShouldRunAfterTheCreateItRefersToWhateverTheirOrderInTheRequest() throws Exception {
        ObjectNode response = todos.set("{'create': {"
            + "'child': {'title': 'c', 'parentId': '#parent', 'blockedBy': ['#middle']},"
            + "'middle': {'title': 'm', 'listIds': {'#parent': true}},"
            + "'parent': {'title': 'p'}}}");
        String parent = response.at("/created/parent/id").asText();
        String middle = response.at("/created/middle/id").asText();
        String child = response.at("/created/child/id").asText();

        assertThatJson(response).inPath("notCreated").isEqualTo(null);
        assertThatJson(todos.get("{'ids': ['" + child + "', '" + middle + "'], 'properties': ['parentId', 'listIds', 'blockedBy']}"))
            .inPath("list").isArray().containsExactlyInAnyOrder(
                json("{'id': '" + child + "', 'parentId': '" + parent + "', 'blockedBy': ['" + middle + "']}"),
                json("{'id': '" + middle + "', 'listIds': {'" + parent + "': true}}"));
    }

    @Test
    void aCycleOfCreationReferencesShouldFailAsDanglingReferences() throws Exception {
        ObjectNode response = todos.set("{'create': {'a': {'title': 'a', 'parentId': '#b'}, 'b': {'title': 'b', 'parentId': '#a'}}}");

        assertThatJson(response).inPath("notCreated.a.properties").isEqualTo(json("['parentId']"));
        assertThatJson(response).inPath("notCreated.b.properties").isEqualTo(json("['parentId']"));
        assertThat(todos.store.all(todos.accountId, "Todo")).isEmpty();
    }

    @Test
    void aReusedCreationIdShouldReferToTheMostRecentlyCreatedRecord() throws Exception {
        String first = todos.create("{'title': 'first'}");
        String second = todos.create("{'title': 'second'}");
        ObjectNode response = todos.set("{'create': {'child': {'title': 'x', 'parentId': '#c'}}}");

        assertThat(second).isNotEqualTo(first);
        assertThat(todos.store.get(todos.accountId, "Todo", List.of(response.at("/created/child/id").asText()))
            .values().iterator().next().get("parentId").asText()).isEqualTo(second);
    }

    @Test
    void anIdReferencePropertyOfTheWrongShapeShouldBeInvalidProperties() throws Exception {
        ObjectNode response = todos.set("{'create': {'c': {'title': 'a', 'parentId': 5, 'listIds': ['x'], 'blockedBy': [1]}}}");

        assertThatJson(response).inPath("notCreated.c.type").isEqualTo("invalidProperties");
        assertThatJson(response).inPath("notCreated.c.properties").isArray()
            .containsExactlyInAnyOrder("parentId", "listIds", "blockedBy");
    }

    @Test
    void everyInvalidPropertiesErrorShouldNameItsProperties() throws Exception {
        ObjectNode response = todos.set("{'create': {'a': {'priority': 'x'}, 'b': {'title': 'b', 'estimate': 2},"
            + " 'c': {'title': 'c', 'parentId': '#none'}}}");

        for (String creationId : List.of("a", "b", "c")) {
            assertThatJson(response).inPath("notCreated." + creationId).isObject()
                .containsEntry("type", "invalidProperties").containsKey("properties");
        }
    }
}
