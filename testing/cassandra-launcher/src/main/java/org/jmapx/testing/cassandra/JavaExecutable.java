package org.jmapx.testing.cassandra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Picks the java binary of the Cassandra nodes.
 *
 * <p>Cassandra 4.1 starts on Java 11 and 17 only: on Java 24+ it dies with "Setting a system-wide
 * Policy object is not supported". So the current JVM is reused only when it is 11 or 17, otherwise a
 * JDK 17 is looked for (the same order as the JMAPX reference prototype shared/reference/cassandra-local/cassandra-local.sh).
 */
final class JavaExecutable {
    private static final Path DEBIAN_JDK_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    private JavaExecutable() {
    }

    static Path forCassandra() {
        return explicit()
            .or(JavaExecutable::currentIfSupported)
            .or(() -> executable(DEBIAN_JDK_17))
            .or(() -> Optional.ofNullable(System.getenv("JAVA_HOME")).flatMap(home -> executable(Path.of(home, "bin", "java"))))
            .orElseThrow(() -> new CassandraStartException(
                "No Java 11 or 17 found for Cassandra: set -Djmapx.cassandra.java=/path/to/jdk17/bin/java"));
    }

    private static Optional<Path> explicit() {
        return Optional.ofNullable(System.getProperty("jmapx.cassandra.java"))
            .or(() -> Optional.ofNullable(System.getenv("CASS_JAVA")))
            .map(Path::of);
    }

    private static Optional<Path> currentIfSupported() {
        int feature = Runtime.version().feature();
        if (feature != 11 && feature != 17) {
            return Optional.empty();
        }
        return ProcessHandle.current().info().command().map(Path::of).flatMap(JavaExecutable::executable);
    }

    private static Optional<Path> executable(Path candidate) {
        return Files.isExecutable(candidate) ? Optional.of(candidate) : Optional.empty();
    }
}
