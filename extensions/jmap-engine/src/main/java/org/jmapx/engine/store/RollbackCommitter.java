package org.jmapx.engine.store;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jmapx.engine.state.ChangeLog;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link Committer} for an object store and a change log without transactions, both in this JVM (the
 * memory flavour): the objects are written, then the change appended; if either fails, the objects
 * are put back as they were. Callers hold the type's account lock, so no other write interleaves.
 */
public final class RollbackCommitter implements Committer {
    private final ObjectStore store;
    private final ChangeLog changeLog;

    public RollbackCommitter(ObjectStore store, ChangeLog changeLog) {
        this.store = store;
        this.changeLog = changeLog;
    }

    @Override
    public String commit(Commit commit) {
        Set<String> touched = new LinkedHashSet<>(commit.puts().keySet());
        touched.addAll(commit.deletes());
        Map<String, ObjectNode> before = store.get(commit.accountId(), commit.type(), touched);
        try {
            store.putAll(commit.accountId(), commit.type(), commit.puts());
            commit.deletes().forEach(id -> store.delete(commit.accountId(), commit.type(), id));
            if (commit.change().isEmpty()) {
                return changeLog.currentState(commit.accountId(), commit.type());
            }
            return changeLog.append(commit.accountId(), commit.type(), commit.change());
        } catch (RuntimeException e) {
            try {
                restore(commit, touched, before);
            } catch (RuntimeException restoreFailure) {
                e.addSuppressed(restoreFailure);
            }
            throw e;
        }
    }

    private void restore(Commit commit, Set<String> touched, Map<String, ObjectNode> before) {
        for (String id : touched) {
            ObjectNode previous = before.get(id);
            if (previous == null) {
                store.delete(commit.accountId(), commit.type(), id);
            } else {
                store.put(commit.accountId(), commit.type(), id, previous);
            }
        }
    }
}
