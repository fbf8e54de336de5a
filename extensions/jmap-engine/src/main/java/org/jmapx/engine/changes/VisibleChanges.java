package org.jmapx.engine.changes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.CallAccess;
import org.jmapx.engine.state.ChangesSince;
import org.jmapx.engine.type.TypeStorage;

/**
 * The changes as one caller may see them. A record they cannot read now is reported destroyed: it left
 * their view (a right was revoked, it moved out of a shared container) or was never in it, and a client
 * ignores destroyed ids it does not know. Records that became readable are reported as the log has them,
 * so a grant shows its items as updated (see ContainerAccessControl#sharesChanged).
 */
record VisibleChanges(List<String> created, List<String> updated, List<String> destroyed) {

    static VisibleChanges of(ChangesSince changes, CallAccess access, TypeStorage storage, String accountId) {
        if (access.isFull()) {
            return new VisibleChanges(changes.created(), changes.updated(), changes.destroyed());
        }
        Set<String> changed = new LinkedHashSet<>(changes.created());
        changed.addAll(changes.updated());
        Map<String, ObjectNode> current = storage.get(accountId, changed);
        Set<String> readable = new LinkedHashSet<>();
        current.forEach((id, record) -> {
            if (access.canRead(record)) {
                readable.add(id);
            }
        });
        List<String> destroyed = new ArrayList<>(changes.destroyed());
        changed.stream().filter(id -> !readable.contains(id)).forEach(destroyed::add);
        return new VisibleChanges(
            changes.created().stream().filter(readable::contains).toList(),
            changes.updated().stream().filter(readable::contains).toList(),
            destroyed);
    }
}
