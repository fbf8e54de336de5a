package org.jmapx.cassandra.commit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jmapx.cassandra.CassandraConsistencies;
import org.jmapx.cassandra.CassandraSchemaInitializer;
import org.jmapx.cassandra.state.AppendTracker;
import org.jmapx.cassandra.state.CassandraChangeLog;
import org.jmapx.cassandra.state.CassandraChangeLogDAO;
import org.jmapx.cassandra.state.CassandraChangeLogModule;
import org.jmapx.cassandra.store.CassandraObjectStore;
import org.jmapx.cassandra.store.CassandraObjectStoreDAO;
import org.jmapx.cassandra.store.CassandraObjectStoreModule;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.store.Commit;
import org.jmapx.engine.testing.CommitVisibility;
import org.jmapx.engine.testing.Json;
import org.jmapx.engine.type.TypeStorage;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A commit against a real Cassandra whose statements fail one at a time, at every position of the
 * commit, before reaching Cassandra or after Cassandra applied them: whatever fails, every object the
 * commit left written is reachable by /changes from the state before it (docs/adr/0010).
 */
class CassandraCommitterFaultTest {
    private static final String TYPE = "Todo";
    /** More statements than one commit executes (state reads, then its batch): every position is hit. */
    private static final int POSITIONS = 8;

    @RegisterExtension
    static CassandraExtension cassandra = new CassandraExtension();

    private static FaultInjectingSession session;
    private static CassandraObjectStore store;
    private static CassandraChangeLog changeLog;
    private static TypeStorage storage;

    @BeforeAll
    static void createTables() {
        CassandraSchemaInitializer.initialize(cassandra.session(),
            List.of(CassandraObjectStoreModule.MODULE, CassandraChangeLogModule.MODULE));
        session = new FaultInjectingSession(cassandra.session());
        CassandraObjectStoreDAO objects = new CassandraObjectStoreDAO(session, CassandraConsistencies.QUORUM);
        store = new CassandraObjectStore(objects);
        changeLog = new CassandraChangeLog(new CassandraChangeLogDAO(session, CassandraConsistencies.QUORUM), Duration.ofDays(1));
        storage = new TypeStorage(TYPE, store, changeLog,
            new CassandraCommitter(objects, changeLog, changeLog, AppendTracker.UNTRACKED), (accountId, type, state) -> { });
    }

    private static ObjectNode todo(String id, String title) {
        return Json.object("{\"id\": \"" + id + "\", \"title\": \"" + title + "\"}");
    }

    @ParameterizedTest
    @EnumSource(FaultInjectingSession.Fault.class)
    void whereverACommitFailsItsObjectsShouldBeReachableByChangesOrAbsent(FaultInjectingSession.Fault fault) {
        for (int position = 1; position <= POSITIONS; position++) {
            String account = "account-" + UUID.randomUUID();
            storage.commit(account, Map.of("kept", todo("kept", "v1"), "gone", todo("gone", "v1")), Set.of(),
                new Change(Set.of("kept", "gone"), Set.of(), Set.of()));
            String oldState = storage.state(account);
            Map<String, ObjectNode> before = store.get(account, TYPE, Set.of("new", "kept", "gone"));
            Commit commit = new Commit(account, TYPE, Map.of("new", todo("new", "v1"), "kept", todo("kept", "v2")),
                Set.of("gone"), new Change(Set.of("new"), Set.of("kept"), Set.of("gone")));

            session.arm(position, fault);
            try {
                storage.commit(account, commit.puts(), commit.deletes(), commit.change());
            } catch (RuntimeException expected) {
                // the fault: what matters is what the commit left behind
            } finally {
                session.disarm();
            }

            CommitVisibility.assertWrittenObjectsAreInTheChangesSince(oldState, before, commit, store, changeLog);
        }
    }

    @ParameterizedTest
    @EnumSource(FaultInjectingSession.Fault.class)
    void aCommitShouldBeAllOrNothing(FaultInjectingSession.Fault fault) {
        for (int position = 1; position <= POSITIONS; position++) {
            String account = "account-" + UUID.randomUUID();
            storage.commit(account, Map.of("kept", todo("kept", "v1"), "gone", todo("gone", "v1")), Set.of(),
                new Change(Set.of("kept", "gone"), Set.of(), Set.of()));

            session.arm(position, fault);
            try {
                storage.commit(account, Map.of("new", todo("new", "v1"), "kept", todo("kept", "v2")), Set.of("gone"),
                    new Change(Set.of("new"), Set.of("kept"), Set.of("gone")));
            } catch (RuntimeException expected) {
                // the fault
            } finally {
                session.disarm();
            }

            Map<String, ObjectNode> after = store.get(account, TYPE, Set.of("new", "kept", "gone"));
            assertThat(after).satisfiesAnyOf(
                objects -> assertThat(objects).isEqualTo(Map.of("kept", todo("kept", "v1"), "gone", todo("gone", "v1"))),
                objects -> assertThat(objects).isEqualTo(Map.of("new", todo("new", "v1"), "kept", todo("kept", "v2"))));
        }
    }
}
