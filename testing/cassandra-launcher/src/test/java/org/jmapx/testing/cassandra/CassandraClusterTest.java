package org.jmapx.testing.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;

/** A two-node ring on 127.0.0.31/32: what fault tests will build on. Slow (~70 s): exclude with -DexcludedGroups=cluster. */
@Tag("cluster")
class CassandraClusterTest {
    @TempDir
    Path dataDir;

    private CassandraLauncher launcher;

    @AfterEach
    void killWhateverIsLeft() {
        if (launcher != null) {
            launcher.kill();
        }
    }

    @Test
    void readsAtConsistencyOneSurviveAKilledNodeAndTheNodeRejoinsAfterRestart() {
        launcher = new CassandraLauncher(LauncherSettings.defaults(dataDir).withFirstHost(31));
        ContactPoints contactPoints = launcher.start(2);

        try (CqlSession session = TestSessions.builder(contactPoints).build()) {
            session.execute("CREATE KEYSPACE ring WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 2}");
            session.execute("CREATE TABLE ring.kv (k text PRIMARY KEY, v text)");
            TestSessions.awaitSchemaOnEveryNode(session, 2, Duration.ofSeconds(60));
            session.execute(SimpleStatement.newInstance("INSERT INTO ring.kv (k, v) VALUES ('a', 'b')")
                .setConsistencyLevel(ConsistencyLevel.ALL));

            launcher.killNode(2);

            assertThat(launcher.isRunning(2)).isFalse();
            assertThat(session.execute(SimpleStatement.newInstance("SELECT v FROM ring.kv WHERE k = 'a'")
                .setConsistencyLevel(ConsistencyLevel.ONE)).one().getString("v")).isEqualTo("b");

            launcher.startNode(2);

            assertThat(launcher.isRunning(2)).isTrue();
        }
    }
}
