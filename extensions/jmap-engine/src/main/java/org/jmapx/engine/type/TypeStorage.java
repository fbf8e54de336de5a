package org.jmapx.engine.type;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.state.CannotCalculateChangesException;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.ChangesSince;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.Commit;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.engine.store.RollbackCommitter;

/**
 * The objects and change log of one type, as the standard methods and the type's own hooks see
 * them. Every write goes through {@link #commit}: the objects and their change are written as one unit
 * by the {@link Committer} (docs/adr/0010), then the new state is announced. A write can then never
 * be visible to /get while invisible to /changes, the query index or push.
 */
public final class TypeStorage {
    private static final int LOCK_STRIPES = 64;

    private final String type;
    private final ObjectStore store;
    private final ChangeLog changeLog;
    private final Committer committer;
    private final StateChangeListener listener;
    private final Object[] locks = new Object[LOCK_STRIPES];

    /** Storage whose commits roll back on failure: for stores in this JVM (see {@link RollbackCommitter}). */
    public TypeStorage(String type, ObjectStore store, ChangeLog changeLog,
                       StateChangeListener listener) {
        this(type, store, changeLog, new RollbackCommitter(store, changeLog), listener);
    }

    public TypeStorage(String type, ObjectStore store, ChangeLog changeLog, Committer committer,
                       StateChangeListener listener) {
        this.type = type;
        this.store = store;
        this.changeLog = changeLog;
        this.committer = committer;
        this.listener = listener;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    public String type() {
        return type;
    }

    public String state(String accountId) {
        return changeLog.currentState(accountId, type);
    }

    public Map<String, ObjectNode> get(String accountId, Collection<String> ids) {
        return store.get(accountId, type, ids);
    }

    public List<ObjectNode> all(String accountId) {
        return store.all(accountId, type);
    }

    public ChangesSince changesSince(String accountId, String sinceState, int maxChanges)
        throws CannotCalculateChangesException {
        return changeLog.changesSince(accountId, type, sinceState, maxChanges);
    }

    /**
     * Stores {@code puts}, deletes {@code deletes}, and records {@code change}, all or nothing.
     *
     * @return the new state, or the current one when the change is empty
     */
    public String commit(String accountId, Map<String, ObjectNode> puts, Set<String> deletes, Change change) {
        String newState = committer.commit(new Commit(accountId, type, puts, deletes, change));
        if (!change.isEmpty()) {
            listener.stateChanged(accountId, type, newState);
        }
        return newState;
    }

    /**
     * A monitor serialising the writes of one account in this JVM, so that ifInState checks and
     * account-wide rules (one default AddressBook) hold against concurrent /set calls. Across
     * several James nodes these rules are best effort: the store has no transactions.
     */
    public Object lock(String accountId) {
        return locks[Math.floorMod((accountId + '\u0000' + type).hashCode(), LOCK_STRIPES)];
    }
}
