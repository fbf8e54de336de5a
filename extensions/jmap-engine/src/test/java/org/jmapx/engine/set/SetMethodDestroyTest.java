package org.jmapx.engine.set;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.jmapx.engine.testing.TodoFixture;

class SetMethodDestroyTest {
    private final TodoFixture todos = new TodoFixture();

    @Test
    void destroyShouldRemoveTheRecordAndRecordTheChange() throws Exception {
        String id = todos.create("{'title': 'a'}");

        assertThatJson(todos.set("{'destroy': ['" + id + "']}")).isObject()
            .containsEntry("destroyed", json("['" + id + "']")).containsEntry("notDestroyed", null);
        assertThat(todos.store.all(todos.accountId, "Todo")).isEmpty();
        assertThatJson(todos.changes("{'sinceState': '1'}")).inPath("destroyed").isEqualTo(json("['" + id + "']"));
    }

    @Test
    void destroyOfAnUnknownIdShouldBeNotFound() throws Exception {
        assertThatJson(todos.set("{'destroy': ['nope']}")).inPath("notDestroyed.nope.type").isEqualTo("notFound");
    }

    @Test
    void destroyShouldReturnTheTypesSetError() throws Exception {
        String id = todos.create("{'title': 'a', 'done': true}");

        assertThatJson(todos.set("{'destroy': ['" + id + "']}")).inPath("notDestroyed." + id + ".type").isEqualTo("todoIsDone");
        assertThat(todos.store.all(todos.accountId, "Todo")).hasSize(1);
    }

    @Test
    void destroyShouldPassTheTypesExtraArgumentsToItsCheck() throws Exception {
        String id = todos.create("{'title': 'a', 'done': true}");

        assertThatJson(todos.set("{'destroy': ['" + id + "'], 'onDestroyForce': true}")).inPath("destroyed")
            .isEqualTo(json("['" + id + "']"));
    }

    @Test
    void createThenDestroyInOneCallShouldLeaveNoVisibleChange() throws Exception {
        todos.set("{'create': {'c': {'title': 'a'}}, 'destroy': ['#c']}");

        assertThat(todos.store.all(todos.accountId, "Todo")).isEmpty();
        assertThat(todos.state()).isEqualTo("0");
    }

    @Test
    void aRepeatedDestroyIdShouldBeDestroyedOnce() throws Exception {
        String id = todos.create("{'title': 'a'}");

        assertThatJson(todos.set("{'destroy': ['" + id + "', '" + id + "']}")).isObject()
            .containsEntry("destroyed", json("['" + id + "']")).containsEntry("notDestroyed", null);
    }

    @Test
    void destroyShouldAcceptACreationIdOfAnEarlierCall() throws Exception {
        String id = todos.create("{'title': 'a'}");

        assertThatJson(todos.set("{'destroy': ['#c']}")).inPath("destroyed").isEqualTo(json("['" + id + "']"));
    }
}
