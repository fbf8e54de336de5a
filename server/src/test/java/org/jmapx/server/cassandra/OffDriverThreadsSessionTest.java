package org.jmapx.server.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.datastax.oss.driver.api.core.CqlSession;

import reactor.core.publisher.Mono;

/**
 * The shape of James's Email/import: a blocking read made in the callback of an earlier read. On the
 * driver's I/O thread it waits for an answer only that thread can read; handed off, it completes.
 */
class OffDriverThreadsSessionTest {
    private static final String RELEASE = "SELECT release_version FROM system.local";

    @RegisterExtension
    static CassandraExtension CASSANDRA = new CassandraExtension();

    private static String nestedBlockingRead(CqlSession session) {
        return Mono.from(session.executeReactive(RELEASE))
            .map(first -> Mono.from(session.executeReactive(RELEASE)).map(second -> second.getString(0)).block(Duration.ofSeconds(10)))
            .block(Duration.ofSeconds(20));
    }

    @Test
    void aBlockingReadInsideAResultCallbackShouldComplete() {
        CqlSession session = new OffDriverThreadsSession(CASSANDRA.session());

        assertThat(nestedBlockingRead(session)).startsWith("4.1");
    }

    @Test
    void rowsShouldNotBeDeliveredOnTheDriverThreads() {
        CqlSession session = new OffDriverThreadsSession(CASSANDRA.session());

        String thread = Mono.from(session.executeReactive(RELEASE)).map(row -> Thread.currentThread().getName()).block();

        assertThat(thread).startsWith("cassandra-results-");
    }

    /** The premise of the hand-off: without it, callbacks run on the driver's I/O threads. */
    @Test
    void theDriverAloneShouldDeliverRowsOnItsIoThreads() {
        String thread = Mono.from(CASSANDRA.session().executeReactive(RELEASE)).map(row -> Thread.currentThread().getName()).block();

        assertThat(thread).matches("s\\d+-io-\\d+");
    }
}
