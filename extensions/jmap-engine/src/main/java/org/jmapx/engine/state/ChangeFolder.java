package org.jmapx.engine.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds successive change sets into the created/updated/destroyed lists of RFC 8620 5.2, so every
 * {@link ChangeLog} implementation folds the same way.
 */
public final class ChangeFolder {
    private enum Kind { CREATED, UPDATED, DESTROYED }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    public void add(Change change) {
        change.created().forEach(this::created);
        change.updated().forEach(this::updated);
        change.destroyed().forEach(this::destroyed);
    }

    /** The number of ids a response would hold if it stopped here. */
    public int size() {
        return kinds.size();
    }

    /** The folded size if {@code change} were added too, without adding it. */
    public int sizeWith(Change change) {
        ChangeFolder copy = new ChangeFolder();
        copy.kinds.putAll(kinds);
        copy.add(change);
        return copy.size();
    }

    public ChangesSince result(String oldState, String newState, boolean hasMoreChanges) {
        return new ChangesSince(oldState, newState, hasMoreChanges, ids(Kind.CREATED), ids(Kind.UPDATED), ids(Kind.DESTROYED));
    }

    private void created(String id) {
        // An id destroyed then created again (deterministic ids) existed before: the client must refetch it.
        kinds.put(id, kinds.get(id) == Kind.DESTROYED ? Kind.UPDATED : Kind.CREATED);
    }

    private void updated(String id) {
        if (kinds.get(id) != Kind.CREATED) {
            kinds.put(id, Kind.UPDATED);
        }
    }

    private void destroyed(String id) {
        if (kinds.get(id) == Kind.CREATED) {
            kinds.remove(id);
        } else {
            kinds.put(id, Kind.DESTROYED);
        }
    }

    private List<String> ids(Kind kind) {
        List<String> ids = new ArrayList<>();
        kinds.forEach((id, k) -> {
            if (k == kind) {
                ids.add(id);
            }
        });
        return ids;
    }
}
