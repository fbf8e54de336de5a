package org.jmapx.binding.json;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import play.api.libs.json.JsObject;
import play.api.libs.json.Json;

/** Serialises to a JSON string and parses it on the other side. */
public class StringJsonBridge implements JsonBridge {
    // play-json writes large integers in exponent form (1.2345E+29); reading them as doubles would
    // lose digits or turn 1E+400 into Infinity, so every number is read as an exact BigDecimal.
    private final ObjectMapper mapper = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @Override
    public ObjectNode toJackson(JsObject value) {
        try {
            return (ObjectNode) mapper.readTree(Json.stringify(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public JsObject toPlay(ObjectNode value) {
        try {
            return (JsObject) Json.parse(mapper.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
