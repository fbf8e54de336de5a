package org.jmapx.binding.json;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import play.api.libs.json.JsObject;
import play.api.libs.json.Json;

class JsonBridgeTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DOCUMENT = """
        {"accountId": "a1", "ids": null, "create": {"c1": {"name": "Zoë ✓ 𝄞", "sortOrder": 4294967295,
         "ratio": 0.5, "flags": [true, false, null],
         "nested": {"a/b": {"~": "x"}}, "empty": {}, "none": []}}}""";

    static Stream<JsonBridge> bridges() {
        return Stream.of(new StringJsonBridge(), new TreeJsonBridge());
    }

    @ParameterizedTest
    @MethodSource("bridges")
    void numbersBeyondDoublePrecisionShouldKeepEveryDigitBothWays(JsonBridge bridge) {
        JsObject play = (JsObject) Json.parse("{\"big\": 123456789012345678901234567890, \"small\": 1.5E-300}");

        ObjectNode jackson = bridge.toJackson(play);

        assertThat(jackson.get("big").decimalValue()).isEqualByComparingTo(new BigDecimal("123456789012345678901234567890"));
        assertThat(jackson.get("small").decimalValue()).isEqualByComparingTo(new BigDecimal("1.5E-300"));
        assertThat(bridge.toPlay(jackson)).isEqualTo(play);
    }

    @ParameterizedTest
    @MethodSource("bridges")
    void toJacksonShouldKeepEveryValueOfThePlayDocument(JsonBridge bridge) throws Exception {
        JsObject play = (JsObject) Json.parse(DOCUMENT);

        ObjectNode jackson = bridge.toJackson(play);

        assertThatJson(jackson).isEqualTo(DOCUMENT);
    }

    @ParameterizedTest
    @MethodSource("bridges")
    void integersShouldArriveAsTheNodesAJacksonParserGives(JsonBridge bridge) throws Exception {
        String integers = "{\"small\": 5, \"unsigned\": 4294967295, \"negative\": -1, \"list\": [0, 9007199254740991]}";

        ObjectNode jackson = bridge.toJackson((JsObject) Json.parse(integers));

        // node classes matter to Jackson's equals(), which stores and callers may use
        assertThat(jackson).isEqualTo(MAPPER.readTree(integers));
    }

    @ParameterizedTest
    @MethodSource("bridges")
    void toPlayShouldKeepEveryValueOfTheJacksonDocument(JsonBridge bridge) throws Exception {
        ObjectNode jackson = (ObjectNode) MAPPER.readTree(DOCUMENT);

        JsObject play = bridge.toPlay(jackson);

        assertThatJson(Json.stringify(play)).isEqualTo(DOCUMENT);
    }
}
