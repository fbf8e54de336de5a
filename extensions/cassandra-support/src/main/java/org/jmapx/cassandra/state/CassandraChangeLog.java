package org.jmapx.cassandra.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import javax.inject.Inject;
import javax.inject.Named;

import org.jmapx.engine.state.CannotCalculateChangesException;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.state.ChangeFolder;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.ChangesSince;

import com.datastax.oss.driver.api.core.cql.BatchableStatement;
import com.datastax.oss.driver.api.core.uuid.Uuids;

import reactor.core.publisher.Mono;

/**
 * {@link ChangeLog} on Cassandra, without lightweight transactions.
 *
 * <p>States are time-based UUIDs, as James uses for mail state, so the clustering key orders the log.
 * Each entry records the state it followed. Changes since S are answered only along an unbroken chain
 * S -> e1 -> e2 ...: an expired entry or two appends that followed the same state (concurrent writers)
 * break the chain and give {@link CannotCalculateChangesException}, never a wrong answer; the client
 * then resyncs. Entries expire after the retention (a TTL); the latest state is also kept without TTL
 * so {@link #currentState} never goes back to {@link #INITIAL_STATE}.
 */
public class CassandraChangeLog implements ChangeLog {
    public static final String RETENTION = "jmapx.changelog.retention";
    private static final Comparator<UUID> TIME_ORDER = Comparator.comparingLong(UUID::timestamp).thenComparing(UUID::compareTo);

    private final CassandraChangeLogDAO dao;
    private final Duration retention;

    @Inject
    public CassandraChangeLog(CassandraChangeLogDAO dao, @Named(RETENTION) Duration retention) {
        if (retention.toSeconds() < 1) {
            throw new IllegalArgumentException("retention must be at least one second (a Cassandra TTL), was " + retention);
        }
        this.dao = dao;
        this.retention = retention;
    }

    @Override
    public String currentState(String accountId, String type) {
        return latest(accountId, type).map(UUID::toString).orElse(INITIAL_STATE);
    }

    @Override
    public String append(String accountId, String type, Change change) {
        return appendWith(accountId, type, change, List.of());
    }

    /**
     * Appends {@code change} in one LOGGED batch with {@code writes}, the object rows that make it
     * (docs/adr/0010): the entry, the latest-state row and the writes are stored together or not at all.
     */
    public String appendWith(String accountId, String type, Change change, List<BatchableStatement<?>> writes) {
        if (change.isEmpty()) {
            throw new IllegalArgumentException("An empty change has no state of its own");
        }
        String previous = currentState(accountId, type);
        UUID state = Uuids.timeBased();
        List<BatchableStatement<?>> statements = new ArrayList<>(writes);
        statements.add(dao.insertStatement(accountId, type, new ChangeLogEntry(state, previous, change), retention));
        statements.add(dao.saveLatestStatement(accountId, type, state));
        dao.executeLogged(statements).block();
        return state.toString();
    }

    @Override
    public ChangesSince changesSince(String accountId, String type, String sinceState, int maxChanges)
        throws CannotCalculateChangesException {
        if (maxChanges < 1) {
            throw new IllegalArgumentException("maxChanges must be positive");
        }
        Optional<UUID> position = position(sinceState);
        try (Stream<ChangeLogEntry> entries = dao.entriesAfter(accountId, type, position).toStream()) {
            Iterator<ChangeLogEntry> iterator = entries.iterator();
            if (iterator.hasNext()) {
                return fold(sinceState, iterator, maxChanges);
            }
        }
        // Nothing after the state: it is the latest, or unknown. The latest state is read only now, so that
        // the common call (changes since an older state) costs one read; if an append landed between the two
        // reads, its entries are read once more.
        if (currentState(accountId, type).equals(sinceState)) {
            return new ChangeFolder().result(sinceState, sinceState, false);
        }
        try (Stream<ChangeLogEntry> entries = dao.entriesAfter(accountId, type, position).toStream()) {
            return fold(sinceState, entries.iterator(), maxChanges);
        }
    }

    private ChangesSince fold(String sinceState, Iterator<ChangeLogEntry> entries, int maxChanges)
        throws CannotCalculateChangesException {
        ChangeFolder folder = new ChangeFolder();
        String newState = sinceState;
        boolean any = false;
        while (entries.hasNext()) {
            ChangeLogEntry entry = entries.next();
            if (!entry.previous().equals(newState)) {
                throw cannotCalculate(sinceState);
            }
            if (folder.size() > 0 && folder.sizeWith(entry.change()) > maxChanges) {
                return folder.result(sinceState, newState, true);
            }
            folder.add(entry.change());
            newState = entry.state().toString();
            any = true;
        }
        if (!any) {
            throw cannotCalculate(sinceState);
        }
        return folder.result(sinceState, newState, false);
    }

    private static Optional<UUID> position(String sinceState) throws CannotCalculateChangesException {
        if (INITIAL_STATE.equals(sinceState)) {
            return Optional.empty();
        }
        try {
            UUID state = UUID.fromString(sinceState);
            if (state.version() != 1) {
                throw cannotCalculate(sinceState);
            }
            return Optional.of(state);
        } catch (IllegalArgumentException e) {
            throw cannotCalculate(sinceState);
        }
    }

    /** The later of the newest retained entry and the latest-state row: either may lag after a failed write. */
    private Optional<UUID> latest(String accountId, String type) {
        return Mono.zip(
                dao.latestEntryState(accountId, type).map(Optional::of).defaultIfEmpty(Optional.empty()),
                dao.latestState(accountId, type).map(Optional::of).defaultIfEmpty(Optional.empty()))
            .map(both -> Stream.of(both.getT1(), both.getT2()).flatMap(Optional::stream).max(TIME_ORDER))
            .block();
    }

    private static CannotCalculateChangesException cannotCalculate(String sinceState) {
        return new CannotCalculateChangesException("State " + sinceState + " is unknown, too old, or was followed by concurrent changes");
    }
}
