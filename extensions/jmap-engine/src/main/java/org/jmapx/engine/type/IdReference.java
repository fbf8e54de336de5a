package org.jmapx.engine.type;

/**
 * How a property holds ids of other records, so that "#creationId" references in it are resolved
 * (RFC 8620 5.3): a single id, the keys of a map (addressBookIds: {"id": true}), or list elements.
 */
public enum IdReference {
    NONE, SINGLE, MAP_KEYS, LIST
}
