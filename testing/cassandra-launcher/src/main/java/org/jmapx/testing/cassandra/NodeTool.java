package org.jmapx.testing.cassandra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code nodetool status} against a node over JMX, in its own JVM on the Cassandra classpath
 * (never in the caller's), to learn how that node sees the ring: gossip state is not visible over CQL.
 */
final class NodeTool {
    private static final long TIMEOUT_SECONDS = 60;

    private final LauncherSettings settings;
    private final CassandraDistribution distribution;

    NodeTool(LauncherSettings settings, CassandraDistribution distribution) {
        this.settings = settings;
        this.distribution = distribution;
    }

    /** The lines of {@code nodetool status} as seen by {@code node}; empty if it could not answer. */
    List<String> status(CassandraNode node) {
        try {
            Path logback = settings.dataDir().resolve("tools-logback.xml");
            try (InputStream config = NodeTool.class.getResourceAsStream("tools-logback.xml")) {
                Files.copy(config, logback, StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> command = new ArrayList<>();
            command.add(settings.java().toString());
            command.add("-Xmx128m");
            command.addAll(CassandraJvmOptions.modules());
            command.add("-Dcassandra.logdir=" + node.dir().resolve("logs"));
            command.add("-Dlogback.configurationFile=" + logback.toUri());
            command.addAll(List.of("-cp", distribution.classpath(), "org.apache.cassandra.tools.NodeTool",
                "-h", "127.0.0.1", "-p", Integer.toString(node.address().jmxPort()), "status"));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return List.of();
            }
            return List.of(new String(output, StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CassandraStartException("interrupted while running nodetool", e);
        }
    }

    /** How many nodes {@code observer} sees in state {@code state} ("UN" up/normal, "DN" down/normal). */
    long count(CassandraNode observer, String state) {
        return status(observer).stream().filter(line -> line.startsWith(state + " ")).count();
    }

    boolean sees(CassandraNode observer, String state, CassandraNode subject) {
        return status(observer).stream().anyMatch(line -> line.startsWith(state + " ")
            && line.substring(state.length()).trim().startsWith(subject.address().host() + " "));
    }
}
