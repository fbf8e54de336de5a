package org.jmapx.engine.state;

import java.util.List;

/** The answer of {@link ChangeLog#changesSince}: the /changes response body without accountId. */
public record ChangesSince(String oldState, String newState, boolean hasMoreChanges,
                           List<String> created, List<String> updated, List<String> destroyed) {
    public ChangesSince {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        destroyed = List.copyOf(destroyed);
    }
}
