package org.jmapx.testing.cassandra;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;

/**
 * Driver sessions tuned for tests.
 *
 * <p>The driver waits for a debounce window (1 s by default) after each schema change before it
 * refreshes its metadata, so every CREATE TABLE took ~1 s; 10 ms brings it to ~0.25 s. Sessions built
 * by production code (James's ClusterFactory uses the default config loader) get the same setting
 * through the system property that {@link #tuneDefaultDriverConfig()} sets, since the driver lets
 * system properties override its configuration.
 */
public final class TestSessions {
    static final String DEBOUNCE_WINDOW_PROPERTY = "datastax-java-driver.advanced.metadata.schema.debouncer.window";
    private static final Duration DEBOUNCE_WINDOW = Duration.ofMillis(10);
    // DDL on a cold single node can exceed the driver's 2 s default
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    // after DDL the driver waits for every node to agree on the schema; on a loaded 2-core machine a
    // second node can take longer than the 10 s default, and a statement sent to it then fails
    private static final Duration SCHEMA_AGREEMENT_TIMEOUT = Duration.ofSeconds(60);

    private TestSessions() {
    }

    public static CqlSessionBuilder builder(ContactPoints contactPoints) {
        tuneDefaultDriverConfig();
        return CqlSession.builder()
            .addContactPoints(contactPoints.addresses())
            .withLocalDatacenter(ContactPoints.LOCAL_DATACENTER)
            .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, DEBOUNCE_WINDOW)
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, REQUEST_TIMEOUT)
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, SCHEMA_AGREEMENT_TIMEOUT)
                .build());
    }

    /**
     * Waits until {@code nodes} nodes are up and all report the same schema version. DDL reaches the
     * other nodes by gossip; the driver's own agreement check can pass before it knows every peer, and
     * a statement coordinated by a node without the new table then fails with "table does not exist".
     */
    public static void awaitSchemaOnEveryNode(CqlSession session, int nodes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Set<UUID> versions = new HashSet<>();
            int upNodes = 0;
            for (Node node : session.getMetadata().getNodes().values()) {
                if (node.getState() == NodeState.UP) {
                    Row local = session.execute(SimpleStatement.newInstance("SELECT schema_version FROM system.local")
                        .setNode(node)).one();
                    versions.add(local.getUuid("schema_version"));
                    upNodes++;
                }
            }
            if (upNodes >= nodes && versions.size() == 1) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Schema not agreed on " + nodes + " nodes after " + timeout
                    + " (" + upNodes + " up, versions " + versions + ")");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Makes sessions built with the driver's default config loader as fast at DDL as {@link #builder}'s. */
    public static void tuneDefaultDriverConfig() {
        if (System.getProperty(DEBOUNCE_WINDOW_PROPERTY) == null) {
            System.setProperty(DEBOUNCE_WINDOW_PROPERTY, DEBOUNCE_WINDOW.toMillis() + "ms");
        }
        if (System.getProperty("datastax-java-driver.advanced.control-connection.schema-agreement.timeout") == null) {
            System.setProperty("datastax-java-driver.advanced.control-connection.schema-agreement.timeout",
                SCHEMA_AGREEMENT_TIMEOUT.toSeconds() + "s");
        }
        if (System.getProperty("datastax-java-driver.basic.request.timeout") == null) {
            System.setProperty("datastax-java-driver.basic.request.timeout", REQUEST_TIMEOUT.toSeconds() + "s");
        }
    }
}
