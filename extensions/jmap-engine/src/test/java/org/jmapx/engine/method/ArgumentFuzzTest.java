package org.jmapx.engine.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.jmapx.engine.testing.Json;
import org.jmapx.engine.testing.TodoFixture;

/**
 * Every argument of every standard method, given every JSON type: a client mistake must come out as a
 * method error (invalidArguments when the JSON type is wrong), never as a RuntimeException, which the
 * binding would turn into serverFail.
 */
class ArgumentFuzzTest {
    private static final String TARGET = "target-account";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> VALUES = List.of("1", "-1", "0", "1.5", "9007199254740993", "'s'", "''",
        "true", "[]", "[1]", "['s']", "[null]", "{}", "{'a': 1}", "{'a': {}}", "[{}]");

    /** What RFC 8620 declares for one argument: which JSON values are of its type. */
    private enum Kind {
        STRING(JsonNode::isTextual),
        STRING_LIST(value -> value.isArray() && all(value, JsonNode::isTextual)),
        INT(value -> value.isIntegralNumber() && Math.abs(value.asLong()) < (1L << 53)),
        UNSIGNED_INT(value -> INT.accepts(value) && value.asLong() >= 0),
        POSITIVE_INT(value -> INT.accepts(value) && value.asLong() > 0),
        BOOLEAN(JsonNode::isBoolean),
        MAP_OF_OBJECTS(value -> value.isObject() && all(value, JsonNode::isObject)),
        FILTER(JsonNode::isObject),
        SORT(value -> value.isArray() && all(value, comparator -> comparator.path("property").isTextual()));

        private final Predicate<JsonNode> accepts;

        Kind(Predicate<JsonNode> accepts) {
            this.accepts = accepts;
        }

        boolean accepts(JsonNode value) {
            return accepts.test(value);
        }

        private static boolean all(JsonNode container, Predicate<JsonNode> test) {
            List<JsonNode> elements = new ArrayList<>();
            container.elements().forEachRemaining(elements::add);
            return elements.stream().allMatch(test);
        }
    }

    private record Method(String name, String baseArguments, Map<String, Kind> arguments) { }

    private static final List<Method> METHODS = List.of(
        new Method("get", "{}", Map.of("accountId", Kind.STRING, "ids", Kind.STRING_LIST,
            "properties", Kind.STRING_LIST)),
        new Method("changes", "{'sinceState': '0'}", Map.of("accountId", Kind.STRING, "sinceState", Kind.STRING,
            "maxChanges", Kind.POSITIVE_INT)),
        new Method("set", "{}", Map.of("accountId", Kind.STRING, "ifInState", Kind.STRING,
            "create", Kind.MAP_OF_OBJECTS, "update", Kind.MAP_OF_OBJECTS, "destroy", Kind.STRING_LIST,
            "onDestroyForce", Kind.BOOLEAN)),
        new Method("query", "{}", Map.of("accountId", Kind.STRING, "filter", Kind.FILTER, "sort", Kind.SORT,
            "position", Kind.INT, "anchor", Kind.STRING, "anchorOffset", Kind.INT, "limit", Kind.UNSIGNED_INT,
            "calculateTotal", Kind.BOOLEAN)),
        new Method("queryChanges", "{'sinceQueryState': '0'}", Map.of("accountId", Kind.STRING,
            "filter", Kind.FILTER, "sort", Kind.SORT, "sinceQueryState", Kind.STRING,
            "maxChanges", Kind.UNSIGNED_INT, "upToId", Kind.STRING, "calculateTotal", Kind.BOOLEAN)),
        new Method("copy", "{'fromAccountId': '$ACCOUNT', 'accountId': '" + TARGET + "', 'create': {}}",
            Map.of("fromAccountId", Kind.STRING, "ifFromInState", Kind.STRING, "accountId", Kind.STRING,
                "ifInState", Kind.STRING, "create", Kind.MAP_OF_OBJECTS, "onSuccessDestroyOriginal", Kind.BOOLEAN,
                "destroyFromIfInState", Kind.STRING)));

    static Stream<Arguments> everyArgumentWithEveryJsonType() {
        List<Arguments> cases = new ArrayList<>();
        for (Method method : METHODS) {
            method.arguments().forEach((argument, kind) -> VALUES.forEach(value ->
                cases.add(Arguments.of(method, argument, kind, value))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} = {3} in Todo/{0}")
    @MethodSource("everyArgumentWithEveryJsonType")
    void anArgumentOfTheWrongJsonTypeShouldBeInvalidArgumentsAndNeverAServerFailure(Method method, String argument,
                                                                                    Kind kind, String value)
        throws Exception {
        TodoFixture todos = new TodoFixture();
        todos.context = todos.context.alsoAccessing(TARGET);
        String existing = todos.create("{'title': 'a'}");
        ObjectNode arguments = Json.object(method.baseArguments().replace("$ACCOUNT", todos.accountId));
        arguments.put("accountId", arguments.path("accountId").asText(todos.accountId));
        JsonNode fuzzed = MAPPER.readTree(value.replace('\'', '"').replace("\"a\"", "\"" + existing + "\""));
        arguments.set(argument, fuzzed);

        Throwable thrown = catchThrowable(() -> call(todos, method.name(), arguments));

        assertThat(thrown).as("%s threw", arguments).satisfiesAnyOf(
            error -> assertThat(error).isNull(),
            error -> assertThat(error).isInstanceOf(MethodErrorException.class));
        if (!kind.accepts(fuzzed)) {
            assertThat(thrown).as("%s", arguments).isInstanceOfSatisfying(MethodErrorException.class,
                error -> assertThat(error.type()).isEqualTo("invalidArguments"));
        }
    }

    /** Values nested inside arguments (records, patches, filters, comparators) that the engine reads. */
    static Stream<Arguments> everyNestedValueWithEveryJsonType() {
        List<String> templates = List.of(
            "set {'create': {'c': {'title': 'x', 'parentId': $V}}}",
            "set {'create': {'c': {'title': 'x', 'listIds': $V}}}",
            "set {'create': {'c': {'title': 'x', 'blockedBy': $V}}}",
            "set {'create': {'c': {'title': $V, 'priority': $V, 'done': $V}}}",
            "set {'create': {'c': {'id': $V, 'title': 'x'}}}",
            "set {'update': {'$ID': {'title': $V}}}",
            "set {'update': {'$ID': {'details': $V, 'listIds': $V, 'parentId': $V}}}",
            "set {'update': {'$ID': {'id': $V}}}",
            "set {'update': {'$ID': {'myRights': $V}}}",
            "set {'update': {'$ID': {'title/x': $V}}}",
            "query {'filter': {'operator': $V, 'conditions': []}}",
            "query {'filter': {'operator': 'AND', 'conditions': $V}}",
            "query {'filter': {'operator': 'NOT', 'conditions': [$V]}}",
            "query {'filter': {'done': $V, 'titleContains': $V}}",
            "query {'sort': [$V]}",
            "query {'sort': [{'property': $V}]}",
            "query {'sort': [{'property': 'title', 'isAscending': $V, 'collation': $V}]}",
            "queryChanges {'sinceQueryState': '0', 'filter': {'operator': 'OR', 'conditions': [$V]}}",
            "copy {'fromAccountId': '$ACCOUNT', 'accountId': '" + TARGET + "', 'create': {'k': {'id': $V}}}",
            "copy {'fromAccountId': '$ACCOUNT', 'accountId': '" + TARGET + "', 'create': {'k': {'id': '$ID', 'title': $V}}}");
        return templates.stream().flatMap(template -> VALUES.stream().map(value -> Arguments.of(template, value)));
    }

    @ParameterizedTest(name = "{0} with $V = {1}")
    @MethodSource("everyNestedValueWithEveryJsonType")
    void aNestedValueOfAnyJsonTypeShouldNeverBeAServerFailure(String template, String value) throws Exception {
        TodoFixture todos = new TodoFixture();
        todos.context = todos.context.alsoAccessing(TARGET);
        String existing = todos.create("{'title': 'a', 'details': {}}");
        String method = template.substring(0, template.indexOf(' '));
        ObjectNode arguments = todos.withAccount(template.substring(template.indexOf(' ') + 1)
            .replace("$V", value).replace("$ID", existing).replace("$ACCOUNT", todos.accountId));

        Throwable thrown = catchThrowable(() -> call(todos, method, arguments));

        assertThat(thrown).as("%s threw", arguments).satisfiesAnyOf(
            error -> assertThat(error).isNull(),
            error -> assertThat(error).isInstanceOf(MethodErrorException.class));
    }

    private static ObjectNode call(TodoFixture todos, String method, ObjectNode arguments) throws MethodErrorException {
        JmapMethod jmapMethod = switch (method) {
            case "get" -> todos.methods.get();
            case "changes" -> todos.methods.changes();
            case "set" -> todos.methods.set();
            case "query" -> todos.methods.query();
            case "queryChanges" -> todos.methods.queryChanges();
            case "copy" -> todos.methods.copy();
            default -> throw new IllegalArgumentException(method);
        };
        return jmapMethod.call(arguments, todos.context);
    }
}
