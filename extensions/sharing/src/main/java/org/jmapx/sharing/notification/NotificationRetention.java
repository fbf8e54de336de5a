package org.jmapx.sharing.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.jmapx.engine.state.Change;
import org.jmapx.engine.type.TypeStorage;

/**
 * How long a ShareNotification is kept (RFC 9670 3: the server MAY remove notifications after a
 * period). Expired ones are destroyed when their account is next used, as a committed change, so that
 * clients see them go in ShareNotification/changes.
 */
public final class NotificationRetention {
    public static final Duration DEFAULT = Duration.ofDays(30);

    private final Duration keptFor;
    private final Clock clock;

    public NotificationRetention(Duration keptFor, Clock clock) {
        if (keptFor.isNegative() || keptFor.isZero()) {
            throw new IllegalArgumentException("The retention of ShareNotifications must be positive: " + keptFor);
        }
        this.keptFor = keptFor;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    void expire(String accountId, TypeStorage storage) {
        Instant oldestKept = clock.instant().minus(keptFor);
        Set<String> expired = storage.all(accountId).stream()
            .filter(notification -> UtcDates.parse(notification.path("created").asText(null))
                .map(created -> created.isBefore(oldestKept)).orElse(false))
            .map(notification -> notification.path("id").asText())
            .collect(Collectors.toSet());
        if (!expired.isEmpty()) {
            synchronized (storage.lock(accountId)) {
                Set<String> stillThere = storage.get(accountId, expired).keySet();
                if (!stillThere.isEmpty()) {
                    storage.commit(accountId, java.util.Map.of(), stillThere, new Change(Set.of(), Set.of(), stillThere));
                }
            }
        }
    }
}
