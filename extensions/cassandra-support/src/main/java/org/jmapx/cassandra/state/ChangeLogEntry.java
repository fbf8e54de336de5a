package org.jmapx.cassandra.state;

import java.util.UUID;

import org.jmapx.engine.state.Change;

/** One row of the change log: the state it created, the state it followed, and its change set. */
public record ChangeLogEntry(UUID state, String previous, Change change) { }
