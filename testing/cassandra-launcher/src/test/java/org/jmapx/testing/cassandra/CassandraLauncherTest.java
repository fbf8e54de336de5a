package org.jmapx.testing.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.datastax.oss.driver.api.core.CqlSession;

/**
 * Starts real nodes on 127.0.0.11 and up, so that it can run while a shared Cassandra uses 127.0.0.1.
 */
class CassandraLauncherTest {
    private static final int FIRST_HOST = 11;

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
    void startedNodeAnswersCqlWithItsVersionAndStopLeavesNoProcess() {
        launcher = new CassandraLauncher(settings());
        ContactPoints contactPoints = launcher.start(1);
        long pid = pidOfNode(1);

        try (CqlSession session = TestSessions.builder(contactPoints).build()) {
            String version = session.execute("SELECT release_version FROM system.local").one().getString("release_version");
            assertThat(version).isEqualTo(launcher.settings().version());
        }
        launcher.stop();

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(Ports.accepts(contactPoints.addresses().get(0))).isFalse();
    }

    @Test
    void stopFromAnotherProcessKillsTheNodeStartedHere() throws Exception {
        launcher = new CassandraLauncher(settings());
        launcher.start(1);
        long pid = pidOfNode(1);

        Process stop = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), CassandraLauncherMain.class.getName(),
            "stop", "--fast", "--data-dir", dataDir.toString(), "--first-host", Integer.toString(FIRST_HOST))
            .inheritIO()
            .start();

        assertThat(stop.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(stop.exitValue()).isZero();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void startRefusesWhenTheCqlPortIsTaken() throws IOException {
        int host = FIRST_HOST + 10;
        launcher = new CassandraLauncher(settings().withFirstHost(host));
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress("127.0.0." + host, NodeAddress.CQL_PORT));

            assertThatThrownBy(() -> launcher.start(1))
                .isInstanceOf(CassandraStartException.class)
                .hasMessageContaining("127.0.0." + host + ":9042")
                .hasMessageContaining("already in use");
        }
        assertThat(Files.exists(dataDir.resolve("node1/cassandra.pid"))).isFalse();
    }

    @Test
    void failedStartReportsTheTailOfTheNodeLog() {
        launcher = new CassandraLauncher(settings().withFirstHost(FIRST_HOST + 20).withHeap("1k"));

        assertThatThrownBy(() -> launcher.start(1))
            .isInstanceOf(CassandraStartException.class)
            .hasMessageContaining("died during startup")
            .hasMessageContaining("stdout.log (tail)")
            .hasMessageContaining("heap");
    }

    private LauncherSettings settings() {
        return LauncherSettings.defaults(dataDir).withFirstHost(FIRST_HOST).withStopTimeout(Duration.ofSeconds(30));
    }

    private long pidOfNode(int index) throws IllegalStateException {
        try {
            return Long.parseLong(Files.readString(dataDir.resolve("node" + index + "/cassandra.pid")).trim());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
