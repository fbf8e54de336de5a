package org.jmapx.binding.limits;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests each user has in progress on the API endpoint, for RFC 8620's maxConcurrentRequests. A
 * user with nothing in progress has no entry, so the map only holds active users.
 */
final class ConcurrentRequests {
    private final int max;
    private final ConcurrentHashMap<String, Integer> inProgress = new ConcurrentHashMap<>();

    ConcurrentRequests(int max) {
        this.max = max;
    }

    /** Takes a slot for {@code user}; false (and nothing taken) when the user already has {@code max}. */
    boolean tryAcquire(String user) {
        boolean[] acquired = {false};
        inProgress.compute(user, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= max) {
                return count;
            }
            acquired[0] = true;
            return current + 1;
        });
        return acquired[0];
    }

    void release(String user) {
        inProgress.computeIfPresent(user, (key, count) -> count <= 1 ? null : count - 1);
    }

    int inProgress(String user) {
        return inProgress.getOrDefault(user, 0);
    }
}
