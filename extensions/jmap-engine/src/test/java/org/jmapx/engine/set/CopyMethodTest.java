package org.jmapx.engine.set;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static net.javacrumbs.jsonunit.assertj.JsonAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.testing.TodoFixture;

class CopyMethodTest {
    private final TodoFixture todos = new TodoFixture();
    private final String target = "target-" + UUID.randomUUID();
    private String original;

    @BeforeEach
    void createOriginal() throws Exception {
        original = todos.create("{'title': 'abc', 'priority': 4, 'example.com:x': 1}");
        todos.context = todos.context.alsoAccessing(target);
    }

    private ObjectNode copy(String arguments) throws MethodErrorException {
        ObjectNode json = todos.withAccount(arguments);
        if (!json.has("fromAccountId")) {
            json.put("fromAccountId", todos.accountId);
            json.put("accountId", target);
        }
        return todos.methods.copy().call(json, todos.context);
    }

    @Test
    void copyShouldCreateARecordWithTheOriginalsPropertiesAndTheOverrides() throws Exception {
        ObjectNode response = copy("{'create': {'k': {'id': '" + original + "', 'priority': 9}}}");
        String copied = response.at("/created/k/id").asText();

        assertThatJson(response).isEqualTo(json("{'fromAccountId': '" + todos.accountId + "', 'accountId': '" + target
            + "', 'oldState': '0', 'newState': '1', 'created': {'k': {'id': '" + copied + "', 'estimate': 3,"
            + " 'myRights': {'mayDelete': true}}}, 'notCreated': null}"));
        assertThatJson(todos.store.get(target, "Todo", java.util.List.of(copied)).get(copied)).isEqualTo(json(
            "{'id': '" + copied + "', 'title': 'abc', 'priority': 9, 'done': false, 'estimate': 3, 'example.com:x': 1}"));
        assertThat(copied).isNotEqualTo(original);
        assertThat(todos.context.resolveCreationId("k")).contains(copied);
    }

    @Test
    void copyOfAnUnknownRecordShouldBeNotFound() throws Exception {
        assertThatJson(copy("{'create': {'k': {'id': 'nope'}}}")).inPath("notCreated.k.type").isEqualTo("notFound");
    }

    @Test
    void copyOfADuplicateShouldBeAlreadyExists() throws Exception {
        String unique = todos.create("{'title': 'unique'}");
        copy("{'create': {'first': {'id': '" + unique + "'}}}");

        assertThatJson(copy("{'create': {'second': {'id': '" + unique + "'}}}")).inPath("notCreated.second")
            .isObject().containsEntry("type", "alreadyExists").containsKey("existingId");
    }

    @Test
    void copyShouldRejectServerSetOverrides() throws Exception {
        assertThatJson(copy("{'create': {'k': {'id': '" + original + "', 'estimate': 1}}}"))
            .inPath("notCreated.k.properties").isEqualTo(json("['estimate']"));
    }

    @Test
    void copyWithinOneAccountShouldBeInvalid() {
        MethodErrorException error = catchThrowableOfType(() -> copy("{'fromAccountId': '" + todos.accountId
            + "', 'create': {'k': {'id': '" + original + "'}}}"), MethodErrorException.class);

        assertThat(error.type()).isEqualTo("invalidArguments");
    }

    @Test
    void copyFromAnInaccessibleAccountShouldBeFromAccountNotFound() {
        MethodErrorException error = catchThrowableOfType(() -> copy("{'fromAccountId': 'stranger', 'accountId': '"
            + target + "', 'create': {}}"), MethodErrorException.class);

        assertThat(error.type()).isEqualTo("fromAccountNotFound");
    }

    @Test
    void copyShouldHonourIfFromInStateAndIfInState() {
        assertThat(catchThrowableOfType(() -> copy("{'ifFromInState': '0', 'create': {}}"), MethodErrorException.class)
            .type()).isEqualTo("stateMismatch");
        assertThat(catchThrowableOfType(() -> copy("{'ifInState': '5', 'create': {}}"), MethodErrorException.class)
            .type()).isEqualTo("stateMismatch");
    }

    @Test
    void onSuccessDestroyOriginalShouldDestroyThroughAnImplicitSet() throws Exception {
        copy("{'create': {'k': {'id': '" + original + "'}}, 'onSuccessDestroyOriginal': true}");

        assertThat(todos.store.all(todos.accountId, "Todo")).isEmpty();
        assertThat(todos.context.implicitResponses()).singleElement().satisfies(implicit -> {
            assertThat(implicit.methodName()).isEqualTo("Todo/set");
            assertThatJson(implicit.arguments()).inPath("destroyed").isEqualTo(json("['" + original + "']"));
        });
    }

    @Test
    void aMismatchingDestroyFromIfInStateShouldReportAnErrorAndKeepTheOriginal() throws Exception {
        copy("{'create': {'k': {'id': '" + original + "'}}, 'onSuccessDestroyOriginal': true, 'destroyFromIfInState': 'old'}");

        assertThat(todos.store.all(todos.accountId, "Todo")).hasSize(1);
        assertThat(todos.context.implicitResponses()).singleElement().satisfies(implicit -> {
            assertThat(implicit.methodName()).isEqualTo("error");
            assertThatJson(implicit.arguments()).inPath("type").isEqualTo("stateMismatch");
        });
    }

    @Test
    void aCopyWithoutTheOriginalsIdShouldBeInvalidProperties() throws Exception {
        ObjectNode response = copy("{'create': {'k': {'title': 'x'}, 'n': {'id': 5}}}");

        assertThatJson(response).inPath("notCreated.k").isObject().containsEntry("type", "invalidProperties")
            .containsEntry("properties", json("['id']"));
        assertThatJson(response).inPath("notCreated.n.properties").isEqualTo(json("['id']"));
    }

    @Test
    void matchingStatesShouldLetTheCopyThrough() throws Exception {
        ObjectNode response = copy("{'ifFromInState': '" + todos.state() + "', 'ifInState': '0',"
            + " 'create': {'k': {'id': '" + original + "'}}}");

        assertThatJson(response).isObject().containsEntry("oldState", "0").containsEntry("newState", "1");
        assertThat(todos.context.implicitResponses()).isEmpty();
    }

    @Test
    void onSuccessDestroyOriginalShouldDestroyOnlyTheOriginalsThatWereCopied() throws Exception {
        String other = todos.create("{'title': 'other'}");

        copy("{'create': {'k': {'id': '" + original + "'}, 'bad': {'id': '" + other + "', 'estimate': 7}},"
            + " 'onSuccessDestroyOriginal': true}");

        assertThat(todos.context.implicitResponses()).singleElement().satisfies(implicit ->
            assertThatJson(implicit.arguments()).isObject().containsEntry("destroyed", json("['" + original + "']"))
                .containsEntry("notDestroyed", null));
        assertThat(todos.store.get(todos.accountId, "Todo", java.util.List.of(other))).containsKey(other);
    }
}
