package org.jmapx.sharing.principal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.state.CannotCalculateChangesException;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.ChangesSince;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.Commit;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.engine.type.TypeStorage;

/**
 * Storage of a type whose objects are the same whichever account they are read from: every user reads
 * the Principals through their own account (RFC 9670 1.5.2 accountIdForPrincipal), while one copy, one
 * change log and one state serve them all. Every account id is mapped onto one fixed partition.
 */
public final class SinglePartition {
    public static final String PRINCIPALS = "jmapx:principals";

    private SinglePartition() {
    }

    /**
     * The type's storage in {@code partition}. Push is not told: a StateChange for the partition would
     * reach no user (docs/sharing.md).
     */
    public static TypeStorage storage(String type, String partition, ObjectStore store, ChangeLog changeLog, Committer committer) {
        return new TypeStorage(type, new Objects(store, partition), new Log(changeLog, partition),
            commit -> committer.commit(new Commit(partition, commit.type(), commit.puts(), commit.deletes(), commit.change())),
            StateChangeListener.NONE);
    }

    private record Objects(ObjectStore store, String partition) implements ObjectStore {
        @Override
        public Map<String, ObjectNode> get(String accountId, String type, Collection<String> ids) {
            return store.get(partition, type, ids);
        }

        @Override
        public List<ObjectNode> all(String accountId, String type) {
            return store.all(partition, type);
        }

        @Override
        public void put(String accountId, String type, String id, ObjectNode object) {
            store.put(partition, type, id, object);
        }

        @Override
        public void putAll(String accountId, String type, Map<String, ObjectNode> objects) {
            store.putAll(partition, type, objects);
        }

        @Override
        public void delete(String accountId, String type, String id) {
            store.delete(partition, type, id);
        }
    }

    private record Log(ChangeLog changeLog, String partition) implements ChangeLog {
        @Override
        public String currentState(String accountId, String type) {
            return changeLog.currentState(partition, type);
        }

        @Override
        public String append(String accountId, String type, Change change) {
            return changeLog.append(partition, type, change);
        }

        @Override
        public ChangesSince changesSince(String accountId, String type, String sinceState, int maxChanges)
            throws CannotCalculateChangesException {
            return changeLog.changesSince(partition, type, sinceState, maxChanges);
        }
    }
}
