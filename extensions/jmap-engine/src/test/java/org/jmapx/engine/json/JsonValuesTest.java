package org.jmapx.engine.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class JsonValuesTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void numbersOfDifferentNodeTypesShouldBeTheSameValue() {
        assertThat(JsonValues.same(NODES.numberNode(5), NODES.numberNode(BigInteger.valueOf(5)))).isTrue();
        assertThat(JsonValues.same(NODES.numberNode(5L), NODES.numberNode(new BigDecimal("5.0")))).isTrue();
    }

    @Test
    void nestedNumbersShouldBeComparedByValue() throws Exception {
        JsonNode parsed = new ObjectMapper().readTree("{\"a\": [1, {\"b\": 2}]}");
        ObjectNode built = NODES.objectNode();
        built.putArray("a").add(NODES.numberNode(BigInteger.ONE)).addObject().put("b", new BigDecimal("2.00"));

        assertThat(JsonValues.same(parsed, built)).isTrue();
    }

    @Test
    void differentValuesShouldNotBeTheSame() {
        assertThat(JsonValues.same(NODES.numberNode(5), NODES.numberNode(6))).isFalse();
        assertThat(JsonValues.same(NODES.numberNode(5), NODES.textNode("5"))).isFalse();
        assertThat(JsonValues.same(NODES.nullNode(), null)).isFalse();
    }

    @Test
    void twoAbsentValuesShouldBeTheSame() {
        assertThat(JsonValues.same(null, null)).isTrue();
    }
}
