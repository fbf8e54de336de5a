package org.jmapx.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jmapx.engine.state.CannotCalculateChangesException;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.ChangesSince;
import org.jmapx.engine.store.Commit;
import org.jmapx.engine.store.ObjectStore;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The property a commit keeps even when it fails half-way (docs/adr/0010): every object it wrote is
 * reachable by /changes from the state before it, and every object it did not write is as it was.
 */
public final class CommitVisibility {
    private CommitVisibility() {
    }

    /** {@code before}: the objects of the commit's ids as they were, read before the commit. */
    public static void assertWrittenObjectsAreInTheChangesSince(String oldState, Map<String, ObjectNode> before, Commit commit,
                                                               ObjectStore store, ChangeLog changeLog) {
        Set<String> ids = new LinkedHashSet<>(commit.puts().keySet());
        ids.addAll(commit.deletes());
        Map<String, ObjectNode> after = store.get(commit.accountId(), commit.type(), ids);
        ChangesSince changes = changesSince(oldState, commit, changeLog);
        Set<String> changed = new LinkedHashSet<>(changes.created());
        changed.addAll(changes.updated());
        changed.addAll(changes.destroyed());
        for (String id : ids) {
            boolean unchanged = before.containsKey(id) ? before.get(id).equals(after.get(id)) : !after.containsKey(id);
            if (!unchanged) {
                assertThat(changed).as("ids changed since %s (%s is stored as %s)", oldState, id, after.get(id)).contains(id);
            }
        }
    }

    private static ChangesSince changesSince(String oldState, Commit commit, ChangeLog changeLog) {
        try {
            return changeLog.changesSince(commit.accountId(), commit.type(), oldState, Integer.MAX_VALUE);
        } catch (CannotCalculateChangesException e) {
            throw new AssertionError("the state before the commit must still be answerable", e);
        }
    }
}
