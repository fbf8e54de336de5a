package org.jmapx.sharing.principal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.state.Change;
import org.jmapx.engine.type.TypeStorage;

/**
 * Keeps the stored Principals in step with the directory: a new user becomes a Principal, a removed
 * user's Principal is destroyed, both committed as changes so that Principal/changes and /queryChanges
 * see them. Listing every user is not free, so a node syncs at most once per interval, unless the
 * principal asked for is missing (a user created a moment ago finds their own Principal at once).
 * Properties users changed themselves (name, description, timeZone) are never overwritten.
 */
public final class DirectorySync {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private final PrincipalDirectory directory;
    private final TypeStorage storage;
    private final Clock clock;
    private final Duration interval;
    private Instant lastSync = Instant.MIN;

    public DirectorySync(PrincipalDirectory directory, TypeStorage storage, Clock clock, Duration interval) {
        this.directory = directory;
        this.storage = storage;
        this.clock = clock;
        this.interval = interval;
    }

    /** Syncs when the interval has passed or {@code principalId} is not stored yet. */
    public void syncFor(String principalId) {
        Instant now = clock.instant();
        synchronized (this) {
            boolean due = !now.isBefore(lastSync.plus(interval));
            if (due || storage.get(SinglePartition.PRINCIPALS, List.of(principalId)).isEmpty()) {
                sync();
                lastSync = now;
            }
        }
    }

    private void sync() {
        Map<String, String> users = new HashMap<>();
        directory.individuals().forEach(user -> users.put(user.principalId(), user.email()));
        Set<String> stored = storage.all(SinglePartition.PRINCIPALS).stream()
            .map(principal -> principal.path("id").asText())
            .collect(Collectors.toSet());
        Map<String, ObjectNode> created = new LinkedHashMap<>();
        users.forEach((id, email) -> {
            if (!stored.contains(id)) {
                created.put(id, PrincipalType.individual(id, email));
            }
        });
        Set<String> destroyed = stored.stream().filter(id -> !users.containsKey(id)).collect(Collectors.toSet());
        if (!created.isEmpty() || !destroyed.isEmpty()) {
            synchronized (storage.lock(SinglePartition.PRINCIPALS)) {
                storage.commit(SinglePartition.PRINCIPALS, created, destroyed,
                    new Change(created.keySet(), Set.of(), destroyed));
            }
        }
    }
}
