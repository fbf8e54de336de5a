package org.jmapx.cassandra.store;

/** One object as stored: its id and its JSON text. */
public record StoredObject(String id, String json) { }
