package org.jmapx.engine.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ChangeLog} in the JVM heap. States are a per-(account, type) counter ("1", "2", ...).
 * Entries older than the retention, or beyond the per-(account, type) cap, are dropped on append;
 * the current state survives pruning.
 */
public class MemoryChangeLog implements ChangeLog {
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private record Key(String accountId, String type) { }

    private record Entry(String state, String previous, Instant appendedAt, Change change) { }

    private static final class Log {
        private long counter;
        private final Deque<Entry> entries = new ArrayDeque<>();

        String currentState() {
            return counter == 0 ? INITIAL_STATE : Long.toString(counter);
        }
    }

    private final Map<Key, Log> logs = new ConcurrentHashMap<>();
    private final Duration retention;
    private final int maxEntries;
    private final Clock clock;

    public MemoryChangeLog() {
        this(DEFAULT_RETENTION, DEFAULT_MAX_ENTRIES, Clock.systemUTC());
    }

    public MemoryChangeLog(Duration retention, int maxEntries, Clock clock) {
        if (retention.isNegative() || retention.isZero() || maxEntries < 1) {
            throw new IllegalArgumentException("retention and maxEntries must be positive");
        }
        this.retention = retention;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public String currentState(String accountId, String type) {
        Log log = log(accountId, type);
        synchronized (log) {
            return log.currentState();
        }
    }

    @Override
    public String append(String accountId, String type, Change change) {
        if (change.isEmpty()) {
            throw new IllegalArgumentException("An empty change has no state of its own");
        }
        Log log = log(accountId, type);
        synchronized (log) {
            String previous = log.currentState();
            log.counter++;
            Instant now = clock.instant();
            log.entries.addLast(new Entry(log.currentState(), previous, now, change));
            prune(log, now);
            return log.currentState();
        }
    }

    @Override
    public ChangesSince changesSince(String accountId, String type, String sinceState, int maxChanges)
        throws CannotCalculateChangesException {
        if (maxChanges < 1) {
            throw new IllegalArgumentException("maxChanges must be positive");
        }
        Log log = log(accountId, type);
        synchronized (log) {
            if (log.currentState().equals(sinceState)) {
                return new ChangeFolder().result(sinceState, sinceState, false);
            }
            List<Entry> after = entriesAfter(log, sinceState);
            ChangeFolder folder = new ChangeFolder();
            String newState = sinceState;
            for (Entry entry : after) {
                if (folder.size() > 0 && folder.sizeWith(entry.change()) > maxChanges) {
                    return folder.result(sinceState, newState, true);
                }
                folder.add(entry.change());
                newState = entry.state();
            }
            return folder.result(sinceState, newState, false);
        }
    }

    private List<Entry> entriesAfter(Log log, String sinceState) throws CannotCalculateChangesException {
        List<Entry> after = new ArrayList<>();
        boolean found = false;
        for (Entry entry : log.entries) {
            found = found || entry.previous().equals(sinceState);
            if (found) {
                after.add(entry);
            }
        }
        if (!found) {
            throw new CannotCalculateChangesException("State " + sinceState + " is unknown or too old");
        }
        return after;
    }

    private void prune(Log log, Instant now) {
        Instant oldestKept = now.minus(retention);
        while (!log.entries.isEmpty()
            && (log.entries.size() > maxEntries || log.entries.peekFirst().appendedAt().isBefore(oldestKept))) {
            log.entries.removeFirst();
        }
    }

    private Log log(String accountId, String type) {
        return logs.computeIfAbsent(new Key(accountId, type), key -> new Log());
    }
}
