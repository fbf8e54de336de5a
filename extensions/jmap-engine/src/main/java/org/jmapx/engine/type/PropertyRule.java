package org.jmapx.engine.type;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the engine enforces for one top-level property.
 *
 * @param serverSet    only the server sets it; a client may send it in an update only with the current value
 * @param immutable    settable at creation, never changed afterwards
 * @param computed     derived on every read (myRights), never stored
 * @param required     must be present and non-null once created
 * @param defaultValue set at creation when the client omits it, and restored by a null patch
 */
public record PropertyRule(String name, boolean serverSet, boolean immutable, boolean computed, boolean required,
                           Optional<JsonNode> defaultValue, IdReference idReference) {
}
