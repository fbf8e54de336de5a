package org.jmapx.engine.state;

import java.util.Set;

/** One change set appended to the log: the ids created, updated and destroyed by one write. */
public record Change(Set<String> created, Set<String> updated, Set<String> destroyed) {
    public Change {
        created = Set.copyOf(created);
        updated = Set.copyOf(updated);
        destroyed = Set.copyOf(destroyed);
    }

    public static Change created(String id) {
        return new Change(Set.of(id), Set.of(), Set.of());
    }

    public static Change updated(String id) {
        return new Change(Set.of(), Set.of(id), Set.of());
    }

    public static Change destroyed(String id) {
        return new Change(Set.of(), Set.of(), Set.of(id));
    }

    public boolean isEmpty() {
        return created.isEmpty() && updated.isEmpty() && destroyed.isEmpty();
    }

    public int size() {
        return created.size() + updated.size() + destroyed.size();
    }
}
