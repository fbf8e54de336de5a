package org.jmapx.engine.changes;

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
}
