package org.jmapx.engine.changes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.testing.TodoFixture;

class ChangesMethodTest {
    private final TodoFixture todos = new TodoFixture();

    @Test
    void changesShouldListCreatedUpdatedAndDestroyedSinceTheState() throws Exception {
        String updated = todos.create("{'title': 'u'}");
        String destroyed = todos.create("{'title': 'd'}");
        String since = todos.state();
        String created = todos.create("{'title': 'c'}");
        todos.set("{'update': {'" + updated + "': {'title': 'u2'}}, 'destroy': ['" + destroyed + "']}");

        assertThatJson(todos.changes("{'sinceState': '" + since + "'}")).isEqualTo(json("{'accountId': '"
            + todos.accountId + "', 'oldState': '" + since + "', 'newState': '" + todos.state() + "',"
            + " 'hasMoreChanges': false, 'created': ['" + created + "'], 'updated': ['" + updated + "'],"
            + " 'destroyed': ['" + destroyed + "']}"));
    }

    @Test
    void changesShouldSayThereAreMoreChangesBeyondMaxChanges() throws Exception {
        String first = todos.create("{'title': 'a'}");
        todos.create("{'title': 'b'}");

        assertThatJson(todos.changes("{'sinceState': '0', 'maxChanges': 1}")).isObject()
            .containsEntry("hasMoreChanges", true)
            .containsEntry("created", json("['" + first + "']"));
    }

    @Test
    void changesShouldRejectAStateItCannotCalculateFrom() {
        assertThatThrownBy(() -> todos.changes("{'sinceState': 'bogus'}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("cannotCalculateChanges"));
    }

    @Test
    void changesShouldRequireSinceState() {
        assertThatThrownBy(() -> todos.changes("{}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("invalidArguments"));
    }

    @Test
    void changesShouldRejectAZeroOrNegativeMaxChanges() {
        assertThatThrownBy(() -> todos.changes("{'sinceState': '0', 'maxChanges': 0}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("invalidArguments"));
        assertThatThrownBy(() -> todos.changes("{'sinceState': '0', 'maxChanges': -1}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("invalidArguments"));
    }

    @Test
    void changesShouldAcceptANullMaxChanges() throws Exception {
        todos.create("{'title': 'a'}");

        assertThatJson(todos.changes("{'sinceState': '0', 'maxChanges': null}")).inPath("created").isArray().hasSize(1);
    }

    @Test
    void changesSinceTheCurrentStateShouldBeEmptyAndKeepTheState() throws Exception {
        todos.create("{'title': 'a'}");
        String current = todos.state();

        assertThatJson(todos.changes("{'sinceState': '" + current + "'}")).isObject()
            .containsEntry("oldState", current).containsEntry("newState", current)
            .containsEntry("hasMoreChanges", false).containsEntry("created", json("[]"))
            .containsEntry("updated", json("[]")).containsEntry("destroyed", json("[]"));
    }

    @Test
    void pagingWithMaxChangesShouldGiveEveryChangeExactlyOnceAndEndAtTheCurrentState() throws Exception {
        String updated = todos.create("{'title': 'u'}");
        String destroyed = todos.create("{'title': 'd'}");
        String since = todos.state();
        java.util.List<String> expected = new java.util.ArrayList<>(java.util.List.of(updated, destroyed));
        ObjectNode pair = todos.set("{'create': {'x': {'title': 'x'}, 'y': {'title': 'y'}}}");
        expected.add(pair.at("/created/x/id").asText());
        expected.add(pair.at("/created/y/id").asText());
        expected.add(todos.create("{'title': 'z'}"));
        todos.set("{'update': {'" + updated + "': {'title': 'u2'}}}");
        todos.set("{'destroy': ['" + destroyed + "']}");

        java.util.List<String> seen = new java.util.ArrayList<>();
        String state = since;
        ObjectNode page;
        int pages = 0;
        do {
            page = todos.changes("{'sinceState': '" + state + "', 'maxChanges': 2}");
            int size = page.get("created").size() + page.get("updated").size() + page.get("destroyed").size();
            assertThat(size).as("ids in page %s", page).isBetween(1, 2);
            for (String list : java.util.List.of("created", "updated", "destroyed")) {
                page.get(list).forEach(id -> seen.add(id.asText()));
            }
            state = page.get("newState").asText();
            pages++;
        } while (page.get("hasMoreChanges").asBoolean() && pages < 10);

        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(state).isEqualTo(todos.state());
        assertThat(pages).as("pages {x, y}, {z, u}, {d}").isEqualTo(3);
    }

    @Test
    void aSingleWriteLargerThanMaxChangesShouldBeCannotCalculateChangesRatherThanTooManyIds() throws Exception {
        todos.set("{'create': {'a': {'title': 'a'}, 'b': {'title': 'b'}, 'c': {'title': 'c'}}}");

        assertThatThrownBy(() -> todos.changes("{'sinceState': '0', 'maxChanges': 2}"))
            .isInstanceOfSatisfying(MethodErrorException.class, e -> assertThat(e.type()).isEqualTo("cannotCalculateChanges"));
        assertThatJson(todos.changes("{'sinceState': '0', 'maxChanges': 3}")).inPath("created").isArray().hasSize(3);
    }
}
