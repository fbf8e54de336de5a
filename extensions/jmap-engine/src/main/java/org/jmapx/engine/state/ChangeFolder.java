package org.jmapx.engine.state;

import java.util.ArrayList;
import java.util.HashMap;
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

    /**
     * The folded size if {@code change} were added too, without adding it. Only the change's own ids
     * are looked at (an overlay over the folded map): O(change), not O(folded ids), so that folding
     * n entries stays linear (a copy of the whole map here made /changes quadratic in the entries).
     */
    public int sizeWith(Change change) {
        Map<String, Kind> overlay = new HashMap<>();
        change.created().forEach(id -> overlay.put(id, createdKind(current(overlay, id))));
        change.updated().forEach(id -> overlay.put(id, updatedKind(current(overlay, id))));
        change.destroyed().forEach(id -> overlay.put(id, destroyedKind(current(overlay, id))));
        int size = kinds.size();
        for (Map.Entry<String, Kind> entry : overlay.entrySet()) {
            boolean before = kinds.containsKey(entry.getKey());
            boolean after = entry.getValue() != null;
            size += (after ? 1 : 0) - (before ? 1 : 0);
        }
        return size;
    }

    private Kind current(Map<String, Kind> overlay, String id) {
        return overlay.containsKey(id) ? overlay.get(id) : kinds.get(id);
    }

    public ChangesSince result(String oldState, String newState, boolean hasMoreChanges) {
        return new ChangesSince(oldState, newState, hasMoreChanges, ids(Kind.CREATED), ids(Kind.UPDATED), ids(Kind.DESTROYED));
    }

    private void created(String id) {
        kinds.put(id, createdKind(kinds.get(id)));
    }

    private void updated(String id) {
        kinds.put(id, updatedKind(kinds.get(id)));
    }

    private void destroyed(String id) {
        Kind kind = destroyedKind(kinds.get(id));
        if (kind == null) {
            kinds.remove(id);
        } else {
            kinds.put(id, kind);
        }
    }

    // The folding rules, from the id's folded kind so far (null: not in the result) to its new one.

    private static Kind createdKind(Kind current) {
        // An id destroyed then created again (deterministic ids) existed before: the client must refetch it.
        return current == Kind.DESTROYED ? Kind.UPDATED : Kind.CREATED;
    }

    private static Kind updatedKind(Kind current) {
        return current == Kind.CREATED ? Kind.CREATED : Kind.UPDATED;
    }

    /** Null when the id leaves the result (created then destroyed within the folded range). */
    private static Kind destroyedKind(Kind current) {
        return current == Kind.CREATED ? null : Kind.DESTROYED;
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
