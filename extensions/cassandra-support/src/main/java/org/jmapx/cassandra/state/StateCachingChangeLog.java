package org.jmapx.cassandra.state;

import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jmapx.engine.state.CannotCalculateChangesException;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.state.ChangeFolder;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.ChangesSince;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

/**
 * Keeps the latest state of each (account, type) in memory, so that /get, /query and /changes do not
 * read it from Cassandra on every call (two reads: the newest change-log row and the latest-state row).
 *
 * <p>Exact for one server per keyspace, the supported deployment (docs/operators/cassandra.md): every
 * append goes through this JVM and moves the cached state forward before its caller sees the new
 * state. The cached state never moves backwards: a read that loaded an older state from Cassandra while
 * an append ran cannot overwrite the newer one. An append that fails forgets the entry, because its
 * change-log row may exist without its latest-state row; the next read asks Cassandra for both, and a
 * read that was already under way when an append failed is not remembered.
 * Appends still read Cassandra for the state they follow, so the chain of entries stays exact.
 * With several servers on one keyspace the cache would lag behind the other servers' writes: they
 * must set {@code jmapx.changelog.state.cache.size=0}.
 */
public class StateCachingChangeLog implements ChangeLog, AppendTracker {
    private static final Comparator<UUID> TIME_ORDER = Comparator.comparingLong(UUID::timestamp).thenComparing(UUID::compareTo);

    private record Key(String accountId, String type) {
    }

    private final ChangeLog delegate;
    private final Cache<Key, String> latest;
    /**
     * Counts failed appends. A read that missed the cache remembers what it read only if no append failed
     * meanwhile: otherwise it may have read the state from before an orphan entry that the failure left
     * in Cassandra, and would put that older state back after the failure forgot it.
     */
    private final AtomicLong failedAppends = new AtomicLong();

    public StateCachingChangeLog(ChangeLog delegate, long maximumSize) {
        this.delegate = delegate;
        this.latest = CacheBuilder.newBuilder().maximumSize(maximumSize).build();
    }

    @Override
    public String currentState(String accountId, String type) {
        Key key = new Key(accountId, type);
        String cached = latest.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        long failuresBefore = failedAppends.get();
        String read = delegate.currentState(accountId, type);
        if (failedAppends.get() == failuresBefore) {
            remember(key, read);
        }
        return read;
    }

    @Override
    public String append(String accountId, String type, Change change) {
        return track(accountId, type, () -> delegate.append(accountId, type, change));
    }

    /** An append made by a commit's batch (docs/adr/0010), with the same bookkeeping as {@link #append}. */
    @Override
    public String track(String accountId, String type, Supplier<String> append) {
        Key key = new Key(accountId, type);
        try {
            String state = append.get();
            remember(key, state);
            return state;
        } catch (RuntimeException e) {
            failedAppends.incrementAndGet();
            latest.invalidate(key);
            throw e;
        }
    }

    /**
     * A client polling with the latest state (the common /changes call) is answered from memory. Any
     * other state goes to Cassandra: the entries after it are only there.
     */
    @Override
    public ChangesSince changesSince(String accountId, String type, String sinceState, int maxChanges)
        throws CannotCalculateChangesException {
        String cached = latest.getIfPresent(new Key(accountId, type));
        if (maxChanges >= 1 && sinceState.equals(cached)) {
            return new ChangeFolder().result(sinceState, sinceState, false);
        }
        return delegate.changesSince(accountId, type, sinceState, maxChanges);
    }

    private void remember(Key key, String state) {
        latest.asMap().merge(key, state, StateCachingChangeLog::later);
    }

    /** States are time-based UUIDs after the initial state "0", which is older than any of them. */
    static String later(String one, String other) {
        if (one.equals(INITIAL_STATE)) {
            return other;
        }
        if (other.equals(INITIAL_STATE)) {
            return one;
        }
        return TIME_ORDER.compare(UUID.fromString(one), UUID.fromString(other)) >= 0 ? one : other;
    }
}
