package org.jmapx.engine.query;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.testing.TodoFixture;

class QueryChangesMethodTest {
    private static final String QUERY = "'filter': {'done': false}, 'sort': [{'property': 'title'}]";

    private final TodoFixture todos = new TodoFixture();

    private List<String> ids(ObjectNode queryResponse) {
        List<String> ids = new ArrayList<>();
        queryResponse.get("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** The client algorithm of RFC 8620 5.6: remove "removed", then insert "added" at their index. */
    private List<String> applyChanges(List<String> cached, ObjectNode changes) {
        List<String> updated = new ArrayList<>(cached);
        changes.get("removed").forEach(id -> updated.remove(id.asText()));
        for (JsonNode added : changes.get("added")) {
            updated.add(added.get("index").asInt(), added.get("id").asText());
        }
        return updated;
    }

    @Test
    void applyingTheChangesToTheOldResultsShouldGiveTheNewResults() throws Exception {
        String a = todos.create("{'title': 'a'}");
        String b = todos.create("{'title': 'b'}");
        String c = todos.create("{'title': 'c'}");
        todos.create("{'title': 'z', 'done': true}");
        ObjectNode before = todos.query("{" + QUERY + "}");
        todos.set("{'create': {'new': {'title': 'bb'}}, 'update': {'" + a + "': {'title': 'd'}, '"
            + c + "': {'done': true}}, 'destroy': ['" + b + "']}");

        ObjectNode changes = todos.queryChanges("{" + QUERY + ", 'sinceQueryState': '" + before.get("queryState").asText()
            + "', 'calculateTotal': true}");

        assertThat(applyChanges(ids(before), changes)).isEqualTo(ids(todos.query("{" + QUERY + "}")));
        assertThatJson(changes).isObject().containsEntry("oldQueryState", before.get("queryState").asText())
            .containsEntry("newQueryState", todos.state()).containsEntry("total", 2);
    }

    @Test
    void noChangeShouldGiveEmptyLists() throws Exception {
        todos.create("{'title': 'a'}");

        assertThatJson(todos.queryChanges("{" + QUERY + ", 'sinceQueryState': '" + todos.state() + "', 'upToId': 'x'}"))
            .isObject().containsEntry("removed", json("[]")).containsEntry("added", json("[]"));
    }

    @Test
    void moreChangesThanMaxChangesShouldBeTooManyChanges() throws Exception {
        todos.create("{'title': 'a'}");
        todos.create("{'title': 'b'}");

        MethodErrorException error = catchThrowableOfType(
            () -> todos.queryChanges("{" + QUERY + ", 'sinceQueryState': '0', 'maxChanges': 1}"), MethodErrorException.class);

        assertThat(error.type()).isEqualTo("tooManyChanges");
    }

    @Test
    void anUnknownQueryStateShouldBeCannotCalculateChanges() {
        MethodErrorException error = catchThrowableOfType(
            () -> todos.queryChanges("{" + QUERY + ", 'sinceQueryState': 'bogus'}"), MethodErrorException.class);

        assertThat(error.type()).isEqualTo("cannotCalculateChanges");
    }

    @Test
    void aQueryThatCannotCalculateChangesShouldSaySo() {
        MethodErrorException error = catchThrowableOfType(
            () -> todos.queryChanges("{'filter': {'text': 'a'}, 'sinceQueryState': '0'}"), MethodErrorException.class);

        assertThat(error.type()).isEqualTo("cannotCalculateChanges");
    }

    @Test
    void sinceQueryStateShouldBeRequired() {
        MethodErrorException error = catchThrowableOfType(() -> todos.queryChanges("{}"), MethodErrorException.class);

        assertThat(error.type()).isEqualTo("invalidArguments");
    }

    @Test
    void addedShouldBeSortedByIndexLowestFirst() throws Exception {
        String before = todos.state();
        todos.set("{'create': {'d': {'title': 'd'}, 'b': {'title': 'b'}, 'e': {'title': 'e'}, 'a': {'title': 'a'}, 'c': {'title': 'c'}}}");

        JsonNode added = todos.queryChanges("{" + QUERY + ", 'sinceQueryState': '" + before + "'}").get("added");

        List<Integer> indices = new ArrayList<>();
        added.forEach(item -> indices.add(item.get("index").asInt()));
        assertThat(indices).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aRecordCreatedSinceTheQueryStateShouldOnlyBeAdded() throws Exception {
        String before = todos.state();
        String created = todos.create("{'title': 'a'}");

        assertThatJson(todos.queryChanges("{" + QUERY + ", 'sinceQueryState': '" + before + "'}")).isObject()
            .containsEntry("removed", json("[]")).containsEntry("added", json("[{'id': '" + created + "', 'index': 0}]"));
    }

    @Test
    void aZeroMaxChangesShouldBeAcceptedAndOnlyFailWhenSomethingChanged() throws Exception {
        String before = todos.state();

        assertThatJson(todos.queryChanges("{" + QUERY + ", 'sinceQueryState': '" + before + "', 'maxChanges': 0}"))
            .inPath("added").isArray().isEmpty();
        todos.create("{'title': 'a'}");
        assertThat(catchThrowableOfType(() -> todos.queryChanges("{" + QUERY + ", 'sinceQueryState': '" + before
            + "', 'maxChanges': 0}"), MethodErrorException.class).type()).isEqualTo("tooManyChanges");
    }

    @Test
    void theTotalShouldBeOmittedUnlessAsked() throws Exception {
        assertThatJson(todos.queryChanges("{" + QUERY + ", 'sinceQueryState': '0'}")).isObject().doesNotContainKey("total");
    }
}
