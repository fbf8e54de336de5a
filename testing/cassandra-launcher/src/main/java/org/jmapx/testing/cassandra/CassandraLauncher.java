package org.jmapx.testing.cassandra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a real Cassandra cluster of 1..N nodes on 127.0.0.1..127.0.0.N (CQL on port 9042 of each),
 * every node in its own JVM, with cassandra-all resolved by Maven outside any JMAPX classpath.
 *
 * <p>All state lives in {@link LauncherSettings#dataDir()} (cluster size, pid file per node), so a
 * launcher created in another process on the same directory can stop what this one started.
 * Logic ported from the JMAPX reference prototype shared/reference/cassandra-local/cassandra-local.sh.
 */
public class CassandraLauncher {
    private static final Logger LOGGER = LoggerFactory.getLogger(CassandraLauncher.class);
    private static final Duration RING_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration DOWN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final LauncherSettings settings;
    private final CassandraDistribution distribution;
    private final NodeTool nodeTool;

    public CassandraLauncher(LauncherSettings settings) {
        this.settings = settings;
        this.distribution = new CassandraDistribution(settings);
        this.nodeTool = new NodeTool(settings, distribution);
    }

    public LauncherSettings settings() {
        return settings;
    }

    /**
     * Starts {@code nodes} nodes one after the other and returns once every CQL port answers and, for
     * more than one node, every node sees the whole ring up. On failure the nodes already started are
     * killed and the exception carries the failing node's log tails.
     */
    public ContactPoints start(int nodes) {
        if (nodes < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node, not " + nodes);
        }
        int current = clusterSize();
        if (current != 0 && current != nodes && Files.exists(node(1).dir().resolve("data"))) {
            throw new CassandraStartException(settings.dataDir() + " holds the data of a " + current
                + "-node cluster; delete it or start " + current + " nodes");
        }
        Instant start = Instant.now();
        distribution.ensureResolved();
        writeClusterSize(nodes);
        try {
            for (int i = 1; i <= nodes; i++) {
                CassandraNode node = node(i);
                node.launch(nodes, distribution);
                node.awaitCql();
            }
            awaitRingUp();
        } catch (RuntimeException e) {
            kill();
            throw e;
        }
        LOGGER.info("Cassandra {} cluster of {} node(s) ready in {} ms: {}", settings.version(), nodes,
            Duration.between(start, Instant.now()).toMillis(), contactPoints());
        return contactPoints();
    }

    /** Stops every node: SIGTERM, then SIGKILL after {@link LauncherSettings#stopTimeout()}. */
    public void stop() {
        nodes().forEach(node -> node.stop(settings.stopTimeout()));
    }

    /** Kills every node at once (SIGKILL): for throwaway test data, where a drain is wasted time. */
    public void kill() {
        nodes().forEach(node -> node.stop(Duration.ZERO));
    }

    /** Restarts node {@code index} of the current cluster and waits until it is back in the ring. */
    public void startNode(int index) {
        CassandraNode node = existingNode(index);
        distribution.ensureResolved();
        node.launch(clusterSize(), distribution);
        node.awaitCql();
        awaitRingUp();
    }

    /** Graceful stop of node {@code index}; returns once the other live nodes see it down. */
    public void stopNode(int index) {
        CassandraNode node = existingNode(index);
        node.stop(settings.stopTimeout());
        awaitSeenDown(node);
    }

    /** SIGKILL of node {@code index} (a crash); returns once the other live nodes see it down (~17 s). */
    public void killNode(int index) {
        CassandraNode node = existingNode(index);
        node.stop(Duration.ZERO);
        awaitSeenDown(node);
    }

    /** The CQL address of every node of the current cluster, running or not. */
    public ContactPoints contactPoints() {
        int size = clusterSize();
        if (size == 0) {
            throw new IllegalStateException("no cluster in " + settings.dataDir());
        }
        return new ContactPoints(nodes().stream().map(node -> node.address().cql()).toList());
    }

    public boolean isRunning(int index) {
        return node(index).isRunning();
    }

    /** One line per node: address, pid or "down", CQL port state. */
    public List<String> status() {
        return nodes().stream()
            .map(node -> "node" + node.address().index() + " " + node.address().host() + ":" + NodeAddress.CQL_PORT
                + " " + node.process().map(handle -> "running pid " + handle.pid()).orElse("down")
                + " cql=" + (Ports.accepts(node.address().cql()) ? "open" : "closed"))
            .toList();
    }

    public int clusterSize() {
        Path file = clusterSizeFile();
        try {
            return Files.exists(file) ? Integer.parseInt(Files.readString(file).trim()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRingUp() {
        int size = clusterSize();
        if (size < 2) {
            return;
        }
        awaitCondition("all " + size + " nodes UN", RING_TIMEOUT,
            () -> nodes().stream().filter(CassandraNode::isRunning).allMatch(node -> nodeTool.count(node, "UN") == size));
    }

    private void awaitSeenDown(CassandraNode subject) {
        awaitCondition("node" + subject.address().index() + " seen DN", DOWN_TIMEOUT,
            () -> nodes().stream()
                .filter(node -> node.address().index() != subject.address().index() && node.isRunning())
                .allMatch(node -> nodeTool.sees(node, "DN", subject)));
    }

    private void awaitCondition(String what, Duration timeout, BooleanSupplier condition) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new CassandraStartException("not " + what + " after " + timeout + "\n" + String.join("\n", status()));
            }
            CassandraNode.sleep(POLL);
        }
        LOGGER.info("{} after {} ms", what, Duration.between(start, Instant.now()).toMillis());
    }

    private CassandraNode existingNode(int index) {
        int size = clusterSize();
        if (index < 1 || index > size) {
            throw new IllegalArgumentException("no node" + index + " in the current cluster of " + size + " node(s)");
        }
        return node(index);
    }

    private List<CassandraNode> nodes() {
        return IntStream.rangeClosed(1, clusterSize()).mapToObj(this::node).toList();
    }

    private CassandraNode node(int index) {
        return new CassandraNode(index, settings);
    }

    private void writeClusterSize(int nodes) {
        try {
            Files.createDirectories(settings.dataDir());
            Files.writeString(clusterSizeFile(), Integer.toString(nodes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path clusterSizeFile() {
        return settings.dataDir().resolve("cluster-size");
    }
}
