package org.jmapx.smime.service;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jmapx.smime.Verification;

/**
 * Current smimeStatus per (message, trust-anchor set), least recently used evicted first. Entries
 * live at most {@code ttl}: RFC 9219 section 6 recommends caching for up to 24 hours, after which
 * expiry and revocation are evaluated again.
 */
public final class VerificationCache {
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Verification> entries;

    public VerificationCache(Clock clock, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.ttl = ttl;
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verification> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public synchronized Optional<Verification> get(String messageId, String trustAnchorsId) {
        String key = key(messageId, trustAnchorsId);
        Verification verification = entries.get(key);
        if (verification == null) {
            return Optional.empty();
        }
        boolean expired = verification.verifiedAt().map(at -> at.plus(ttl).isBefore(clock.instant())).orElse(false);
        if (expired) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(verification);
    }

    public synchronized void put(String messageId, String trustAnchorsId, Verification verification) {
        entries.put(key(messageId, trustAnchorsId), verification);
    }

    private static String key(String messageId, String trustAnchorsId) {
        return messageId + '\u0000' + trustAnchorsId;
    }
}
