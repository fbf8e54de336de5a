package org.jmapx.binding.json;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import play.api.libs.json.JsObject;
import play.api.libs.json.Json;

/** Serialises to a JSON string and parses it on the other side: simple, and what the benchmark chose. */
public class StringJsonBridge implements JsonBridge {
    private final ObjectMapper mapper;

    public StringJsonBridge(ObjectMapper mapper) {
        this.mapper = mapper;
    }

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
