package org.jmapx.cassandra.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jmapx.cassandra.CassandraConsistencies;
import org.jmapx.cassandra.CassandraSchemaInitializer;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.ChangeLogContract;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.datastax.oss.driver.api.core.uuid.Uuids;

/** The cached change log keeps every promise of the change log, on the real Cassandra one. */
class StateCachingChangeLogTest implements ChangeLogContract {
    @RegisterExtension
    static CassandraExtension cassandra = new CassandraExtension();

    private static CassandraChangeLogDAO dao;
    private static CassandraChangeLog cassandraLog;
    private static ChangeLog changeLog;

    @BeforeAll
    static void createTables() {
        CassandraSchemaInitializer.initialize(cassandra.session(), List.of(CassandraChangeLogModule.MODULE));
        dao = new CassandraChangeLogDAO(cassandra.session(), CassandraConsistencies.QUORUM);
        cassandraLog = new CassandraChangeLog(dao, Duration.ofDays(30));
        changeLog = new StateCachingChangeLog(cassandraLog, 1_000);
    }

    @Override
    public ChangeLog changeLog() {
        return changeLog;
    }

    private static String randomAccount() {
        return "account-" + UUID.randomUUID();
    }

    @Test
    void theCachedStateShouldBeTheStateCassandraHoldsAfterEachAppend() {
        String account = randomAccount();
        changeLog.currentState(account, "Card");

        for (int i = 0; i < 3; i++) {
            String state = changeLog.append(account, "Card", Change.created("c" + i));
            assertThat(changeLog.currentState(account, "Card")).isEqualTo(state).isEqualTo(cassandraLog.currentState(account, "Card"));
        }
    }

    @Test
    void aFailedAppendShouldMakeTheNextReadAskCassandra() {
        String account = randomAccount();
        String before = changeLog.append(account, "Card", Change.created("a"));
        ChangeLog failing = new StateCachingChangeLog(Impaired.failingAppends(cassandraLog), 1_000);
        assertThat(failing.currentState(account, "Card")).isEqualTo(before);
        // the append reached Cassandra with its entry, then failed on its latest-state row
        UUID orphan = Uuids.timeBased();
        dao.insert(account, "Card", new ChangeLogEntry(orphan, before, Change.created("b")), Duration.ofDays(1)).block();

        assertThatThrownBy(() -> failing.append(account, "Card", Change.created("c"))).isInstanceOf(IllegalStateException.class);
        assertThat(failing.currentState(account, "Card")).isEqualTo(orphan.toString());
    }

    @Test
    void aReadUnderWayWhenAnAppendFailsShouldNotBeRemembered() {
        String account = randomAccount();
        String before = changeLog.append(account, "Card", Change.created("a"));
        UUID orphan = Uuids.timeBased();
        ChangeLog[] cached = new ChangeLog[1];
        // the read of the state is slow: after it has read, and before it returns, an append leaves an
        // orphan entry in Cassandra and fails
        cached[0] = new StateCachingChangeLog(Impaired.failingAppendsDuringTheFirstRead(cassandraLog, () -> {
            dao.insert(account, "Card", new ChangeLogEntry(orphan, before, Change.created("b")), Duration.ofDays(1)).block();
            assertThatThrownBy(() -> cached[0].append(account, "Card", Change.created("c"))).isInstanceOf(IllegalStateException.class);
        }), 1_000);

        assertThat(cached[0].currentState(account, "Card")).isEqualTo(before);
        assertThat(cached[0].currentState(account, "Card")).isEqualTo(orphan.toString());
    }

    @Test
    void pollingWithTheLatestStateShouldBeAnsweredWithoutCassandra() throws Exception {
        String account = randomAccount();
        String state = changeLog.append(account, "Card", Change.created("a"));
        ChangeLog cached = new StateCachingChangeLog(Impaired.unreadableEntries(cassandraLog), 1_000);
        cached.currentState(account, "Card");

        assertThat(cached.changesSince(account, "Card", state, 10).newState()).isEqualTo(state);
        assertThat(cached.changesSince(account, "Card", state, 10).created()).isEmpty();
    }

    @Test
    void laterShouldFollowTimeOrderWithTheInitialStateOldest() {
        String older = Uuids.startOf(1_000).toString();
        String newer = Uuids.startOf(2_000).toString();

        assertThat(StateCachingChangeLog.later(older, newer)).isEqualTo(newer);
        assertThat(StateCachingChangeLog.later(newer, older)).isEqualTo(newer);
        assertThat(StateCachingChangeLog.later(ChangeLog.INITIAL_STATE, older)).isEqualTo(older);
        assertThat(StateCachingChangeLog.later(older, ChangeLog.INITIAL_STATE)).isEqualTo(older);
    }

    /**
     * The Cassandra log with one part out of order: appends that fail after reaching Cassandra (as a
     * timeout on the latest-state row would), entries that cannot be read (only the cache can answer),
     * or something that happens while the first state read is under way.
     */
    private static final class Impaired implements ChangeLog {
        private final ChangeLog delegate;
        private final boolean appendsFail;
        private final boolean entriesUnreadable;
        private Runnable duringTheFirstRead;

        private Impaired(ChangeLog delegate, boolean appendsFail, boolean entriesUnreadable, Runnable duringTheFirstRead) {
            this.delegate = delegate;
            this.appendsFail = appendsFail;
            this.entriesUnreadable = entriesUnreadable;
            this.duringTheFirstRead = duringTheFirstRead;
        }

        static Impaired failingAppends(ChangeLog delegate) {
            return new Impaired(delegate, true, false, () -> { });
        }

        static Impaired unreadableEntries(ChangeLog delegate) {
            return new Impaired(delegate, false, true, () -> { });
        }

        static Impaired failingAppendsDuringTheFirstRead(ChangeLog delegate, Runnable event) {
            return new Impaired(delegate, true, false, event);
        }

        @Override
        public String currentState(String accountId, String type) {
            String read = delegate.currentState(accountId, type);
            Runnable event = duringTheFirstRead;
            duringTheFirstRead = () -> { };
            event.run();
            return read;
        }

        @Override
        public String append(String accountId, String type, Change change) {
            if (appendsFail) {
                throw new IllegalStateException("write timeout on the latest-state row");
            }
            return delegate.append(accountId, type, change);
        }

        @Override
        public org.jmapx.engine.state.ChangesSince changesSince(String accountId, String type, String sinceState, int maxChanges)
            throws org.jmapx.engine.state.CannotCalculateChangesException {
            if (entriesUnreadable) {
                throw new IllegalStateException("Cassandra was asked for the entries");
            }
            return delegate.changesSince(accountId, type, sinceState, maxChanges);
        }
    }
}
