package org.jmapx.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class MemoryChangeLogTest implements ChangeLogContract {
    private final MemoryChangeLog changeLog = new MemoryChangeLog();

    @Override
    public ChangeLog changeLog() {
        return changeLog;
    }

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-01-01T00:00:00Z"));

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void changesSinceAStateOlderThanTheRetentionShouldBeImpossible() {
        ManualClock clock = new ManualClock();
        MemoryChangeLog log = new MemoryChangeLog(Duration.ofDays(1), 100, clock);
        String old = log.append("a", "Todo", Change.created("1"));
        log.append("a", "Todo", Change.created("2"));
        clock.advance(Duration.ofDays(2));
        log.append("a", "Todo", Change.created("3"));

        assertThatThrownBy(() -> log.changesSince("a", "Todo", old, 10)).isInstanceOf(CannotCalculateChangesException.class);
    }

    @Test
    void changesSinceTheStateBeforeTheOldestRetainedEntryShouldStillBeAnswered() throws Exception {
        ManualClock clock = new ManualClock();
        MemoryChangeLog log = new MemoryChangeLog(Duration.ofDays(1), 100, clock);
        log.append("a", "Todo", Change.created("1"));
        String kept = log.append("a", "Todo", Change.created("2"));
        clock.advance(Duration.ofDays(2));
        log.append("a", "Todo", Change.created("3"));

        assertThat(log.changesSince("a", "Todo", kept, 10).created()).containsExactly("3");
    }

    @Test
    void entriesBeyondTheCapShouldBeDropped() throws Exception {
        MemoryChangeLog log = new MemoryChangeLog(Duration.ofDays(1), 2, Clock.systemUTC());
        log.append("a", "Todo", Change.created("1"));
        String second = log.append("a", "Todo", Change.created("2"));
        log.append("a", "Todo", Change.created("3"));
        log.append("a", "Todo", Change.created("4"));

        assertThatThrownBy(() -> log.changesSince("a", "Todo", ChangeLog.INITIAL_STATE, 10))
            .isInstanceOf(CannotCalculateChangesException.class);
        assertThat(log.changesSince("a", "Todo", second, 10).created()).containsExactlyInAnyOrder("3", "4");
    }

    @Test
    void currentStateShouldSurvivePruning() {
        ManualClock clock = new ManualClock();
        MemoryChangeLog log = new MemoryChangeLog(Duration.ofDays(1), 1, clock);
        log.append("a", "Todo", Change.created("1"));
        String last = log.append("a", "Todo", Change.created("2"));
        clock.advance(Duration.ofDays(3));

        assertThat(log.currentState("a", "Todo")).isEqualTo(last);
    }
}
