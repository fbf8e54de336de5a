package org.jmapx.cassandra.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jmapx.cassandra.CassandraConsistencies;
import org.jmapx.cassandra.CassandraSchemaInitializer;
import org.jmapx.engine.state.CannotCalculateChangesException;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.ChangeLogContract;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.datastax.oss.driver.api.core.uuid.Uuids;

class CassandraChangeLogTest implements ChangeLogContract {
    @RegisterExtension
    static CassandraExtension cassandra = new CassandraExtension();

    private static final Duration SHORT_RETENTION = Duration.ofSeconds(1);
    // comfortably past the TTL: Cassandra expires cells at second granularity
    private static final Duration PAST_SHORT_RETENTION = Duration.ofMillis(2200);

    private static CassandraChangeLogDAO dao;
    private static ChangeLog changeLog;

    @BeforeAll
    static void createTables() {
        CassandraSchemaInitializer.initialize(cassandra.session(), List.of(CassandraChangeLogModule.MODULE));
        dao = new CassandraChangeLogDAO(cassandra.session(), CassandraConsistencies.QUORUM);
        changeLog = new CassandraChangeLog(dao, Duration.ofDays(30));
    }

    @Override
    public ChangeLog changeLog() {
        return changeLog;
    }

    private static String randomAccount() {
        return "account-" + UUID.randomUUID();
    }

    @Test
    void changesSinceAStateWhoseNextEntryExpiredShouldBeImpossible() throws Exception {
        ChangeLog shortLived = new CassandraChangeLog(dao, SHORT_RETENTION);
        ChangeLog longLived = new CassandraChangeLog(dao, Duration.ofDays(1));
        String account = randomAccount();
        shortLived.append(account, "Todo", Change.created("1"));
        String kept = longLived.append(account, "Todo", Change.created("2"));
        Thread.sleep(PAST_SHORT_RETENTION.toMillis());
        longLived.append(account, "Todo", Change.created("3"));

        assertThatThrownBy(() -> longLived.changesSince(account, "Todo", ChangeLog.INITIAL_STATE, 10))
            .isInstanceOf(CannotCalculateChangesException.class);
        assertThat(longLived.changesSince(account, "Todo", kept, 10).created()).containsExactly("3");
    }

    @Test
    void currentStateShouldSurviveTheExpiryOfEveryEntry() throws Exception {
        ChangeLog shortLived = new CassandraChangeLog(dao, SHORT_RETENTION);
        String account = randomAccount();
        shortLived.append(account, "Todo", Change.created("1"));
        String last = shortLived.append(account, "Todo", Change.created("2"));
        Thread.sleep(PAST_SHORT_RETENTION.toMillis());

        assertThat(shortLived.currentState(account, "Todo")).isEqualTo(last);
        assertThat(shortLived.changesSince(account, "Todo", last, 10).created()).isEmpty();
        assertThatThrownBy(() -> shortLived.changesSince(account, "Todo", ChangeLog.INITIAL_STATE, 10))
            .isInstanceOf(CannotCalculateChangesException.class);
    }

    @Test
    void changesSinceAStateFollowedByTwoConcurrentAppendsShouldBeImpossible() {
        String account = randomAccount();
        String before = changeLog.append(account, "Todo", Change.created("1"));
        // two writers that both read "before" as the current state
        dao.insert(account, "Todo", new ChangeLogEntry(Uuids.timeBased(), before, Change.created("2")), Duration.ofDays(1)).block();
        dao.insert(account, "Todo", new ChangeLogEntry(Uuids.timeBased(), before, Change.created("3")), Duration.ofDays(1)).block();

        assertThatThrownBy(() -> changeLog.changesSince(account, "Todo", before, 10))
            .isInstanceOf(CannotCalculateChangesException.class);
    }

    @Test
    void currentStateShouldBeTheLaterOfTwoConcurrentAppends() {
        String account = randomAccount();
        UUID earlier = Uuids.timeBased();
        UUID later = Uuids.timeBased();
        dao.saveLatest(account, "Todo", later).block();
        dao.saveLatest(account, "Todo", earlier).block();

        assertThat(changeLog.currentState(account, "Todo")).isEqualTo(later.toString());
    }

    @Test
    void changesSinceARandomUuidShouldBeImpossible() {
        String account = randomAccount();
        changeLog.append(account, "Todo", Change.created("1"));

        assertThatThrownBy(() -> changeLog.changesSince(account, "Todo", UUID.randomUUID().toString(), 10))
            .isInstanceOf(CannotCalculateChangesException.class);
    }

    @Test
    void aRetentionShorterThanASecondShouldBeRejected() {
        assertThatThrownBy(() -> new CassandraChangeLog(dao, Duration.ofMillis(500)))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
