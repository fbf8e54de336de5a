package org.jmapx.binding.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

import play.api.libs.json.JsObject;

/**
 * Converts JMAP arguments between James's play-json model and the engine's Jackson model.
 * Two implementations exist so that the benchmarks can compare them (docs/benchmarks.md).
 */
public interface JsonBridge {
    ObjectNode toJackson(JsObject value);

    JsObject toPlay(ObjectNode value);
}
