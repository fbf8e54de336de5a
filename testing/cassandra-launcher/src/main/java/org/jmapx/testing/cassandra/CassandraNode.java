package org.jmapx.testing.cassandra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Cassandra node: its directory {@code <dataDir>/node<i>} (yaml, data, logs, pid file) and its process.
 *
 * <p>The node is known by its pid file only, never by an in-memory handle, so that a process other
 * than the one that started it (the shell script's {@code stop}) can find and end it.
 */
final class CassandraNode {
    private static final Logger LOGGER = LoggerFactory.getLogger(CassandraNode.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final NodeAddress address;
    private final Path dir;
    private final LauncherSettings settings;

    CassandraNode(int index, LauncherSettings settings) {
        this.address = new NodeAddress(index, settings.firstHost());
        this.dir = settings.dataDir().resolve("node" + index);
        this.settings = settings;
    }

    NodeAddress address() {
        return address;
    }

    Path dir() {
        return dir;
    }

    /** The live process of this node, if its pid file names a Cassandra running on this node's yaml. */
    Optional<ProcessHandle> process() {
        return readPid()
            .flatMap(ProcessHandle::of)
            .filter(ProcessHandle::isAlive)
            // a pid can be recycled after a reboot or a crash: only a JVM started on our yaml is ours
            .filter(handle -> commandLine(handle).contains(yaml().toString()));
    }

    boolean isRunning() {
        return process().isPresent();
    }

    /** Starts the JVM in the background and returns at once; {@link #awaitCql} waits for it. */
    void launch(int clusterSize, CassandraDistribution distribution) {
        refuseTakenPorts();
        try {
            Files.createDirectories(dir.resolve("logs"));
            Files.writeString(yaml(), CassandraYaml.render(address, clusterSize, dir));
            Path logback = dir.resolve("logback.xml");
            Files.copy(CassandraNode.class.getResourceAsStream("node-logback.xml"), logback,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<String> command = command(distribution, logback);
            Files.writeString(dir.resolve("command.txt"), String.join(" ", command) + "\n");
            Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stdoutLog().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
            Files.writeString(pidFile(), Long.toString(process.pid()));
            LOGGER.info("node{} launched: pid {}, CQL {}:{}, JMX {}, dir {}", address.index(), process.pid(),
                address.host(), NodeAddress.CQL_PORT, address.jmxPort(), dir);
        } catch (IOException e) {
            throw new CassandraStartException("cannot launch node" + address.index() + " in " + dir, e);
        }
    }

    /** Waits until the CQL port answers; fails with the log tails if the process dies or the timeout passes. */
    void awaitCql() {
        Instant start = Instant.now();
        Instant deadline = start.plus(settings.startTimeout());
        while (!Ports.accepts(address.cql())) {
            if (!isRunning()) {
                throw new CassandraStartException("node" + address.index() + " died during startup\n" + logTails());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new CassandraStartException("node" + address.index() + " not ready after " + settings.startTimeout()
                    + "\n" + logTails());
            }
            sleep(POLL);
        }
        LOGGER.info("node{} CQL ready on {}:{} after {} ms", address.index(), address.host(), NodeAddress.CQL_PORT,
            Duration.between(start, Instant.now()).toMillis());
    }

    /** SIGTERM (Cassandra drains), then SIGKILL once {@code timeout} has passed; zero means SIGKILL at once. */
    void stop(Duration timeout) {
        process().ifPresent(handle -> {
            if (timeout.isZero()) {
                handle.destroyForcibly();
            } else {
                handle.destroy();
            }
            awaitExit(handle, timeout);
        });
        deletePidFile();
    }

    String logTails() {
        return "----- node" + address.index() + " stdout.log (tail) -----\n" + LogTail.of(stdoutLog(), 30)
            + "\n----- node" + address.index() + " system.log (tail) -----\n" + LogTail.of(dir.resolve("logs/system.log"), 60)
            + "\n----- end of node" + address.index() + " -----";
    }

    private void refuseTakenPorts() {
        if (isRunning()) {
            throw new CassandraStartException("node" + address.index() + " is already running (pid " + readPid().orElseThrow()
                + "); stop it first");
        }
        for (var port : List.of(address.cql(), address.storage(), address.jmx())) {
            if (Ports.accepts(port)) {
                throw new CassandraStartException("port " + port.getHostString() + ":" + port.getPort() + " needed by node"
                    + address.index() + " is already in use by another process. If a shared Cassandra is running, pass "
                    + "-Dcassandra.contact-points=" + address.host() + ":" + NodeAddress.CQL_PORT + " instead of starting one.");
            }
        }
    }

    private List<String> command(CassandraDistribution distribution, Path logback) {
        List<String> command = new ArrayList<>();
        command.add(settings.java().toString());
        command.addAll(CassandraJvmOptions.server(settings.heap()));
        command.addAll(CassandraJvmOptions.modules());
        command.add("-javaagent:" + distribution.jammAgent());
        command.add("-Dcassandra.config=" + yaml().toUri());
        command.add("-Dcassandra-foreground=yes");
        command.add("-Dcassandra.storagedir=" + dir);
        command.add("-Dcassandra.logdir=" + dir.resolve("logs"));
        command.add("-Dlogback.configurationFile=" + logback.toUri());
        command.add("-Dcassandra.jmx.local.port=" + address.jmxPort());
        // single-host test cluster: no reason to wait for gossip or reuse a ring state from an earlier run
        command.add("-Dcassandra.skip_wait_for_gossip_to_settle=0");
        command.add("-Dcassandra.load_ring_state=false");
        command.add("-Dcassandra.superuser_setup_delay_ms=0");
        command.add("-cp");
        command.add(distribution.classpath());
        command.add("org.apache.cassandra.service.CassandraDaemon");
        return command;
    }

    private void awaitExit(ProcessHandle handle, Duration timeout) {
        // after a SIGKILL (zero timeout) there is nothing to escalate to: just wait for the exit
        Instant deadline = timeout.isZero() ? Instant.MAX : Instant.now().plus(timeout);
        while (handle.isAlive()) {
            if (Instant.now().isAfter(deadline)) {
                LOGGER.warn("node{} (pid {}) still alive after {}, sending SIGKILL", address.index(), handle.pid(), timeout);
                handle.destroyForcibly();
                deadline = Instant.MAX;
            }
            sleep(Duration.ofMillis(50));
        }
        LOGGER.info("node{} (pid {}) stopped", address.index(), handle.pid());
    }

    private Optional<Long> readPid() {
        try {
            if (!Files.exists(pidFile())) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(Files.readString(pidFile()).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String commandLine(ProcessHandle handle) {
        Path cmdline = Path.of("/proc", Long.toString(handle.pid()), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' ');
            }
        } catch (IOException e) {
            // the process has just exited: fall through to what the JDK knows
        }
        return handle.info().arguments().map(arguments -> String.join(" ", arguments)).orElse("");
    }

    private Path yaml() {
        return dir.resolve("cassandra.yaml");
    }

    private Path pidFile() {
        return dir.resolve("cassandra.pid");
    }

    private Path stdoutLog() {
        return dir.resolve("logs/stdout.log");
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CassandraStartException("interrupted while waiting for Cassandra", e);
        }
    }
}
