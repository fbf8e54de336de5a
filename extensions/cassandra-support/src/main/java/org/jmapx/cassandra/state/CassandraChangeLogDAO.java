package org.jmapx.cassandra.state;

import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.bindMarker;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.insertInto;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.selectFrom;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.inject.Inject;

import org.apache.james.backends.cassandra.utils.CassandraAsyncExecutor;
import org.jmapx.cassandra.CassandraConsistencies;
import org.jmapx.engine.state.Change;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchableStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Rows of {@link CassandraChangeLogTable} and {@link CassandraLatestStateTable}. No lightweight transaction. */
public class CassandraChangeLogDAO {
    private static final CqlIdentifier WRITE_TIME = CqlIdentifier.fromCql("write_time");
    // offset between the UUID epoch (1582-10-15) and the Unix epoch, in 100 ns units
    private static final long UUID_EPOCH_OFFSET = 0x01B21DD213814000L;

    private final CassandraAsyncExecutor executor;
    private final CassandraConsistencies consistencies;
    private final PreparedStatement insertEntry;
    private final PreparedStatement selectLatestEntry;
    private final PreparedStatement selectAllEntries;
    private final PreparedStatement selectEntriesAfter;
    private final PreparedStatement insertLatest;
    private final PreparedStatement selectLatest;

    @Inject
    public CassandraChangeLogDAO(CqlSession session, CassandraConsistencies consistencies) {
        this.executor = new CassandraAsyncExecutor(session);
        this.consistencies = consistencies;
        this.insertEntry = session.prepare(insertInto(CassandraChangeLogTable.TABLE_NAME)
            .value(CassandraChangeLogTable.ACCOUNT_ID, bindMarker(CassandraChangeLogTable.ACCOUNT_ID))
            .value(CassandraChangeLogTable.TYPE, bindMarker(CassandraChangeLogTable.TYPE))
            .value(CassandraChangeLogTable.STATE, bindMarker(CassandraChangeLogTable.STATE))
            .value(CassandraChangeLogTable.PREVIOUS, bindMarker(CassandraChangeLogTable.PREVIOUS))
            .value(CassandraChangeLogTable.CREATED, bindMarker(CassandraChangeLogTable.CREATED))
            .value(CassandraChangeLogTable.UPDATED, bindMarker(CassandraChangeLogTable.UPDATED))
            .value(CassandraChangeLogTable.DESTROYED, bindMarker(CassandraChangeLogTable.DESTROYED))
            .usingTtl(bindMarker(CassandraChangeLogTable.TTL))
            .build());
        this.selectLatestEntry = session.prepare(selectFrom(CassandraChangeLogTable.TABLE_NAME)
            .column(CassandraChangeLogTable.STATE)
            .whereColumn(CassandraChangeLogTable.ACCOUNT_ID).isEqualTo(bindMarker(CassandraChangeLogTable.ACCOUNT_ID))
            .whereColumn(CassandraChangeLogTable.TYPE).isEqualTo(bindMarker(CassandraChangeLogTable.TYPE))
            .orderBy(CassandraChangeLogTable.STATE, ClusteringOrder.DESC)
            .limit(1)
            .build());
        this.selectAllEntries = session.prepare(selectFrom(CassandraChangeLogTable.TABLE_NAME).all()
            .whereColumn(CassandraChangeLogTable.ACCOUNT_ID).isEqualTo(bindMarker(CassandraChangeLogTable.ACCOUNT_ID))
            .whereColumn(CassandraChangeLogTable.TYPE).isEqualTo(bindMarker(CassandraChangeLogTable.TYPE))
            .build());
        this.selectEntriesAfter = session.prepare(selectFrom(CassandraChangeLogTable.TABLE_NAME).all()
            .whereColumn(CassandraChangeLogTable.ACCOUNT_ID).isEqualTo(bindMarker(CassandraChangeLogTable.ACCOUNT_ID))
            .whereColumn(CassandraChangeLogTable.TYPE).isEqualTo(bindMarker(CassandraChangeLogTable.TYPE))
            .whereColumn(CassandraChangeLogTable.STATE).isGreaterThan(bindMarker(CassandraChangeLogTable.STATE))
            .build());
        this.insertLatest = session.prepare(insertInto(CassandraLatestStateTable.TABLE_NAME)
            .value(CassandraLatestStateTable.ACCOUNT_ID, bindMarker(CassandraLatestStateTable.ACCOUNT_ID))
            .value(CassandraLatestStateTable.TYPE, bindMarker(CassandraLatestStateTable.TYPE))
            .value(CassandraLatestStateTable.STATE, bindMarker(CassandraLatestStateTable.STATE))
            .usingTimestamp(bindMarker(WRITE_TIME))
            .build());
        this.selectLatest = session.prepare(selectFrom(CassandraLatestStateTable.TABLE_NAME)
            .column(CassandraLatestStateTable.STATE)
            .whereColumn(CassandraLatestStateTable.ACCOUNT_ID).isEqualTo(bindMarker(CassandraLatestStateTable.ACCOUNT_ID))
            .whereColumn(CassandraLatestStateTable.TYPE).isEqualTo(bindMarker(CassandraLatestStateTable.TYPE))
            .build());
    }

    public Mono<Void> insert(String accountId, String type, ChangeLogEntry entry, Duration ttl) {
        return executor.executeVoid(consistencies.forWrite(insertStatement(accountId, type, entry, ttl)));
    }

    /** The INSERT of {@link #insert}, for a batch. */
    BoundStatement insertStatement(String accountId, String type, ChangeLogEntry entry, Duration ttl) {
        return insertEntry.bind()
            .setString(CassandraChangeLogTable.ACCOUNT_ID, accountId)
            .setString(CassandraChangeLogTable.TYPE, type)
            .setUuid(CassandraChangeLogTable.STATE, entry.state())
            .setString(CassandraChangeLogTable.PREVIOUS, entry.previous())
            .setSet(CassandraChangeLogTable.CREATED, entry.change().created(), String.class)
            .setSet(CassandraChangeLogTable.UPDATED, entry.change().updated(), String.class)
            .setSet(CassandraChangeLogTable.DESTROYED, entry.change().destroyed(), String.class)
            .setInt(CassandraChangeLogTable.TTL, Math.toIntExact(ttl.toSeconds()));
    }

    /**
     * Records {@code state} as the latest one. The write timestamp is the state's own time, so that of
     * two concurrent appends the later state wins, whichever write lands last.
     */
    public Mono<Void> saveLatest(String accountId, String type, UUID state) {
        return executor.executeVoid(consistencies.forWrite(saveLatestStatement(accountId, type, state)));
    }

    /** The INSERT of {@link #saveLatest}, for a batch. */
    BoundStatement saveLatestStatement(String accountId, String type, UUID state) {
        return insertLatest.bind()
            .setString(CassandraLatestStateTable.ACCOUNT_ID, accountId)
            .setString(CassandraLatestStateTable.TYPE, type)
            .setUuid(CassandraLatestStateTable.STATE, state)
            .setLong(WRITE_TIME, unixMicros(state));
    }

    /**
     * Runs the statements as one LOGGED batch: all of them are applied or none (docs/adr/0010). Rows of
     * one (account, type) share their partition key in every JMAPX table, so such a batch is a single
     * mutation, applied at once, whatever its size.
     */
    public Mono<Void> executeLogged(List<BatchableStatement<?>> statements) {
        BatchStatement batch = BatchStatement.newInstance(DefaultBatchType.LOGGED).addAll(statements)
            .setConsistencyLevel(consistencies.write());
        return executor.executeVoid(batch);
    }

    public Mono<UUID> latestEntryState(String accountId, String type) {
        return executor.executeSingleRow(consistencies.forRead(selectLatestEntry.bind()
                .setString(CassandraChangeLogTable.ACCOUNT_ID, accountId)
                .setString(CassandraChangeLogTable.TYPE, type)))
            .map(row -> row.getUuid(CassandraChangeLogTable.STATE));
    }

    public Mono<UUID> latestState(String accountId, String type) {
        return executor.executeSingleRow(consistencies.forRead(selectLatest.bind()
                .setString(CassandraLatestStateTable.ACCOUNT_ID, accountId)
                .setString(CassandraLatestStateTable.TYPE, type)))
            .map(row -> row.getUuid(CassandraLatestStateTable.STATE));
    }

    /** The retained entries in state order, after {@code after} or from the first one if empty. */
    public Flux<ChangeLogEntry> entriesAfter(String accountId, String type, Optional<UUID> after) {
        var statement = after
            .map(state -> selectEntriesAfter.bind().setUuid(CassandraChangeLogTable.STATE, state))
            .orElseGet(selectAllEntries::bind)
            .setString(CassandraChangeLogTable.ACCOUNT_ID, accountId)
            .setString(CassandraChangeLogTable.TYPE, type);
        return executor.executeRows(consistencies.forRead(statement)).map(CassandraChangeLogDAO::toEntry);
    }

    static long unixMicros(UUID timeBased) {
        return (timeBased.timestamp() - UUID_EPOCH_OFFSET) / 10;
    }

    private static ChangeLogEntry toEntry(Row row) {
        return new ChangeLogEntry(row.getUuid(CassandraChangeLogTable.STATE), row.getString(CassandraChangeLogTable.PREVIOUS),
            new Change(row.getSet(CassandraChangeLogTable.CREATED, String.class),
                row.getSet(CassandraChangeLogTable.UPDATED, String.class),
                row.getSet(CassandraChangeLogTable.DESTROYED, String.class)));
    }
}
