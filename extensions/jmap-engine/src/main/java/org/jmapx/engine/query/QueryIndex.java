package org.jmapx.engine.query;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.state.CannotCalculateChangesException;
import org.jmapx.engine.state.ChangesSince;
import org.jmapx.engine.type.TypeStorage;

/**
 * Per-account query views of one type, kept in this JVM (ADR 0007).
 *
 * <p>Every use first reads the type's current state (one cheap read of the change log). When the
 * account's snapshot is at that state it is used as is; otherwise it is brought forward from the
 * change log ({@code changesSince} the snapshot's state, then ONE read of the created and updated
 * records), or rebuilt from every record when the log cannot tell (first use, expired history).
 * Because the state is checked on every use, several James nodes sharing a Cassandra store each keep
 * a correct index of their own, and the index never needs to be told about writes.
 *
 * <p>Memory is bounded by {@code maxViews}, the number of views kept over all accounts: the least
 * recently used accounts are dropped first (they are rebuilt on their next query). The account being
 * refreshed is never dropped, so one account larger than the bound still works.
 */
public final class QueryIndex<V extends QueryView> {
    /** Heap allowed per view when the bound follows the heap: a contact card's view takes about 1.2 KB. */
    static final long HEAP_PER_VIEW = 8 * 1024;
    /** Views kept over all accounts by default: {@link #maxViewsFor} this JVM's maximum heap. */
    public static final int DEFAULT_MAX_VIEWS = maxViewsFor(Runtime.getRuntime().maxMemory());

    private static final class AccountIndex<V extends QueryView> {
        private volatile QueryIndexSnapshot<V> snapshot;
        /** The size accounted for in {@link QueryIndex#totalViews}; guarded by the QueryIndex. */
        private int counted;
    }

    private final Function<ObjectNode, V> viewOf;
    private final int maxViews;
    /** Access-ordered: iteration starts at the least recently used account. Guarded by this. */
    private final LinkedHashMap<String, AccountIndex<V>> accounts = new LinkedHashMap<>(16, 0.75f, true);
    private long totalViews;

    public QueryIndex(Function<ObjectNode, V> viewOf, int maxViews) {
        if (maxViews < 1) {
            throw new IllegalArgumentException("maxViews must be positive");
        }
        this.viewOf = viewOf;
        this.maxViews = maxViews;
    }

    public QueryIndex(Function<ObjectNode, V> viewOf) {
        this(viewOf, DEFAULT_MAX_VIEWS);
    }

    /**
     * 250,000 views, or fewer on a smaller heap, so that the views take about a sixth of it at most: the
     * distribution's default 256 MB heap keeps about 31,000 (250,000 views of contact cards would need
     * about 300 MB). A larger account still works, at the cost of a rebuild when it is queried again.
     */
    static int maxViewsFor(long maxHeapBytes) {
        return (int) Math.max(1_000, Math.min(250_000, maxHeapBytes / HEAP_PER_VIEW));
    }

    /** The views of the account at its current state (or a later one, if a write happened meanwhile). */
    public QueryIndexSnapshot<V> current(String accountId, TypeStorage storage) {
        String state = storage.state(accountId);
        AccountIndex<V> account = account(accountId);
        QueryIndexSnapshot<V> snapshot = account.snapshot;
        if (snapshot != null && snapshot.state().equals(state)) {
            return snapshot;
        }
        synchronized (account) {
            snapshot = account.snapshot;
            if (snapshot == null || !snapshot.state().equals(state)) {
                snapshot = snapshot == null ? build(accountId, storage) : refresh(snapshot, accountId, storage);
                account.snapshot = snapshot;
                recount(accountId, account, snapshot.size());
            }
            return snapshot;
        }
    }

    /** Number of views kept over all accounts. */
    public synchronized long size() {
        return totalViews;
    }

    /** Whether the account's views are in memory (for tests of the eviction). */
    public synchronized boolean holds(String accountId) {
        return accounts.containsKey(accountId);
    }

    private synchronized AccountIndex<V> account(String accountId) {
        return accounts.computeIfAbsent(accountId, id -> new AccountIndex<>());
    }

    private QueryIndexSnapshot<V> build(String accountId, TypeStorage storage) {
        // The state first: records read afterwards may be newer, and are then read again on the next refresh.
        String state = storage.state(accountId);
        Map<String, V> views = new HashMap<>();
        for (ObjectNode record : storage.all(accountId)) {
            V view = viewOf.apply(record);
            views.put(view.id(), view);
        }
        return new QueryIndexSnapshot<>(state, views);
    }

    private QueryIndexSnapshot<V> refresh(QueryIndexSnapshot<V> snapshot, String accountId, TypeStorage storage) {
        ChangesSince changes;
        try {
            changes = storage.changesSince(accountId, snapshot.state(), Integer.MAX_VALUE);
        } catch (CannotCalculateChangesException e) {
            return build(accountId, storage);
        }
        if (changes.hasMoreChanges()) {
            return build(accountId, storage);
        }
        Set<String> changed = new LinkedHashSet<>(changes.created());
        changed.addAll(changes.updated());
        Map<String, ObjectNode> fetched = changed.isEmpty() ? Map.of() : storage.get(accountId, changed);
        Map<String, V> views = new HashMap<>(snapshot.viewsById());
        changes.destroyed().forEach(views::remove);
        for (String id : changed) {
            ObjectNode record = fetched.get(id);
            if (record == null) {
                // destroyed after the entry we read: a later entry says so
                views.remove(id);
            } else {
                views.put(id, viewOf.apply(record));
            }
        }
        return new QueryIndexSnapshot<>(changes.newState(), views);
    }

    private synchronized void recount(String accountId, AccountIndex<V> account, int size) {
        if (accounts.get(accountId) != account) {
            return; // dropped meanwhile: not counted any more
        }
        totalViews += size - account.counted;
        account.counted = size;
        Iterator<Map.Entry<String, AccountIndex<V>>> eldest = accounts.entrySet().iterator();
        while (totalViews > maxViews && eldest.hasNext()) {
            Map.Entry<String, AccountIndex<V>> entry = eldest.next();
            if (entry.getValue() != account) {
                totalViews -= entry.getValue().counted;
                eldest.remove();
            }
        }
    }
}
