package org.jmapx.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.jmapx.engine.state.CannotCalculateChangesException;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.ChangesSince;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.testing.CommitVisibility;
import org.jmapx.engine.testing.Json;
import org.jmapx.engine.type.TypeStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class RollbackCommitterTest {
    private static final String ACCOUNT = "a";
    private static final String TYPE = "Todo";

    /** The memory change log, failing its next append when armed. */
    private static final class FailingChangeLog implements ChangeLog {
        private final MemoryChangeLog log = new MemoryChangeLog();
        private boolean failNextAppend;

        @Override
        public String currentState(String accountId, String type) {
            return log.currentState(accountId, type);
        }

        @Override
        public String append(String accountId, String type, Change change) {
            if (failNextAppend) {
                failNextAppend = false;
                throw new IllegalStateException("injected change-log failure");
            }
            return log.append(accountId, type, change);
        }

        @Override
        public ChangesSince changesSince(String accountId, String type, String sinceState, int maxChanges)
            throws CannotCalculateChangesException {
            return log.changesSince(accountId, type, sinceState, maxChanges);
        }
    }

    /** The memory store, failing the put of one id when armed. */
    private static final class FailingStore implements ObjectStore {
        private final MemoryObjectStore store = new MemoryObjectStore();
        private String failingId;

        @Override
        public Map<String, ObjectNode> get(String accountId, String type, java.util.Collection<String> ids) {
            return store.get(accountId, type, ids);
        }

        @Override
        public java.util.List<ObjectNode> all(String accountId, String type) {
            return store.all(accountId, type);
        }

        @Override
        public void put(String accountId, String type, String id, ObjectNode object) {
            if (id.equals(failingId)) {
                failingId = null;
                throw new IllegalStateException("injected store failure");
            }
            store.put(accountId, type, id, object);
        }

        @Override
        public void delete(String accountId, String type, String id) {
            store.delete(accountId, type, id);
        }
    }

    private FailingStore store;
    private FailingChangeLog changeLog;
    private TypeStorage storage;

    @BeforeEach
    void setUp() {
        store = new FailingStore();
        changeLog = new FailingChangeLog();
        storage = new TypeStorage(TYPE, store, changeLog, (accountId, type, state) -> { });
        storage.commit(ACCOUNT, Map.of("kept", todo("kept", "v1"), "gone", todo("gone", "v1")), Set.of(),
            new Change(Set.of("kept", "gone"), Set.of(), Set.of()));
    }

    private static ObjectNode todo(String id, String title) {
        return Json.object("{\"id\": \"" + id + "\", \"title\": \"" + title + "\"}");
    }

    private Commit aCommitCreatingUpdatingAndDestroying() {
        return new Commit(ACCOUNT, TYPE, Map.of("new", todo("new", "v1"), "kept", todo("kept", "v2")), Set.of("gone"),
            new Change(Set.of("new"), Set.of("kept"), Set.of("gone")));
    }

    @Test
    void aCommitWhoseChangeCannotBeAppendedShouldLeaveEveryObjectAsItWas() {
        String oldState = storage.state(ACCOUNT);
        Map<String, ObjectNode> before = store.get(ACCOUNT, TYPE, Set.of("new", "kept", "gone"));
        Commit commit = aCommitCreatingUpdatingAndDestroying();
        changeLog.failNextAppend = true;

        assertThatThrownBy(() -> storage.commit(ACCOUNT, commit.puts(), commit.deletes(), commit.change()))
            .hasMessage("injected change-log failure");

        assertThat(store.get(ACCOUNT, TYPE, Set.of("new", "kept", "gone"))).isEqualTo(before);
        CommitVisibility.assertWrittenObjectsAreInTheChangesSince(oldState, before, commit, store, changeLog);
    }

    @Test
    void aCommitFailingHalfWayThroughItsObjectsShouldLeaveEveryObjectAsItWas() {
        String oldState = storage.state(ACCOUNT);
        Map<String, ObjectNode> before = store.get(ACCOUNT, TYPE, Set.of("new", "kept", "gone"));
        Commit commit = aCommitCreatingUpdatingAndDestroying();
        store.failingId = "kept";

        assertThatThrownBy(() -> storage.commit(ACCOUNT, commit.puts(), commit.deletes(), commit.change()))
            .hasMessage("injected store failure");

        assertThat(store.get(ACCOUNT, TYPE, Set.of("new", "kept", "gone"))).isEqualTo(before);
        assertThat(storage.state(ACCOUNT)).isEqualTo(oldState);
        CommitVisibility.assertWrittenObjectsAreInTheChangesSince(oldState, before, commit, store, changeLog);
    }

    @Test
    void aSuccessfulCommitShouldBeReachableByChangesFromTheStateBefore() {
        String oldState = storage.state(ACCOUNT);
        Map<String, ObjectNode> before = store.get(ACCOUNT, TYPE, Set.of("new", "kept", "gone"));
        Commit commit = aCommitCreatingUpdatingAndDestroying();

        storage.commit(ACCOUNT, commit.puts(), commit.deletes(), commit.change());

        assertThat(store.get(ACCOUNT, TYPE, Set.of("new", "kept", "gone"))).containsOnlyKeys("new", "kept");
        CommitVisibility.assertWrittenObjectsAreInTheChangesSince(oldState, before, commit, store, changeLog);
    }
}
