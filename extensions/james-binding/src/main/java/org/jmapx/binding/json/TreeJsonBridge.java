package org.jmapx.binding.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import play.api.libs.json.JsObject;
import play.api.libs.json.JsValue;
import play.api.libs.json.JsonParserSettings;
import play.api.libs.json.jackson.PlayJsonModule;

/** Walks one tree into the other with play-json's own Jackson module, without an intermediate string. */
public class TreeJsonBridge implements JsonBridge {
    private final ObjectMapper mapper;

    public TreeJsonBridge() {
        this.mapper = new ObjectMapper().registerModule(new PlayJsonModule(JsonParserSettings.settings()));
    }

    @Override
    public ObjectNode toJackson(JsObject value) {
        return mapper.valueToTree(value);
    }

    @Override
    public JsObject toPlay(ObjectNode value) {
        return (JsObject) mapper.convertValue(value, JsValue.class);
    }
}
