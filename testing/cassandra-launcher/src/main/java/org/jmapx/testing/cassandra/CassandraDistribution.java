package org.jmapx.testing.cassandra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jars of cassandra-all and its runtime dependencies, resolved once per version with Maven into
 * {@code <cacheDir>/lib} and reused by every later run.
 *
 * <p>Resolution goes through a standalone pom (never through the JMAPX build) so that Cassandra's
 * guava/netty/jackson never meet James's on a classpath. A file lock serialises concurrent first runs
 * (two surefire forks, or the shell script and a test JVM).
 */
final class CassandraDistribution {
    private static final Logger LOGGER = LoggerFactory.getLogger(CassandraDistribution.class);
    private static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies";
    private static final long RESOLUTION_TIMEOUT_MINUTES = 15;

    private final LauncherSettings settings;

    CassandraDistribution(LauncherSettings settings) {
        this.settings = settings;
    }

    Path libDir() {
        return settings.cacheDir().resolve("lib");
    }

    /** The classpath wildcard the node JVMs use. */
    String classpath() {
        return libDir() + "/*";
    }

    Path jammAgent() {
        try (Stream<Path> jars = Files.list(libDir())) {
            return jars.filter(jar -> jar.getFileName().toString().startsWith("jamm-"))
                .findFirst()
                .orElseThrow(() -> new CassandraStartException("no jamm agent jar in " + libDir()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resolves the jars unless an earlier run already did. */
    synchronized void ensureResolved() {
        if (isComplete()) {
            return;
        }
        try {
            Files.createDirectories(settings.cacheDir());
            try (FileChannel channel = FileChannel.open(settings.cacheDir().resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!isComplete()) {
                    resolve();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve Cassandra into " + settings.cacheDir(), e);
        }
    }

    private boolean isComplete() {
        return Files.exists(settings.cacheDir().resolve(".complete"));
    }

    private void resolve() throws IOException {
        long start = System.nanoTime();
        LOGGER.info("Resolving org.apache.cassandra:cassandra-all:{} into {} (first run only)", settings.version(), libDir());
        Path pom = settings.cacheDir().resolve("pom.xml");
        try (InputStream template = CassandraDistribution.class.getResourceAsStream("cassandra-dist-pom.xml")) {
            Files.copy(template, pom, StandardCopyOption.REPLACE_EXISTING);
        }
        deleteRecursively(libDir());
        Path log = settings.cacheDir().resolve("mvn.log");
        runMaven(pom, log);
        if (!Files.exists(libDir().resolve("cassandra-all-" + settings.version() + ".jar"))) {
            throw new CassandraStartException("Maven ran but cassandra-all is missing from " + libDir() + "; see " + log);
        }
        Files.createFile(settings.cacheDir().resolve(".complete"));
        LOGGER.info("Resolved Cassandra {} in {} ms", settings.version(), (System.nanoTime() - start) / 1_000_000);
    }

    private void runMaven(Path pom, Path log) throws IOException {
        List<String> command = Stream.concat(
                Stream.of(settings.maven().split(" ")),
                Stream.of("-q", "-B", "-f", pom.toString(), DEPENDENCY_PLUGIN, "-DincludeScope=runtime",
                    "-DoutputDirectory=" + libDir(), "-Dcassandra.version=" + settings.version()))
            .toList();
        Process maven = new ProcessBuilder(command)
            .directory(settings.cacheDir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        try {
            if (!maven.waitFor(RESOLUTION_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                maven.destroyForcibly();
                throw new CassandraStartException("Maven did not resolve Cassandra within " + RESOLUTION_TIMEOUT_MINUTES + " minutes; see " + log);
            }
        } catch (InterruptedException e) {
            maven.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CassandraStartException("interrupted while resolving Cassandra", e);
        }
        if (maven.exitValue() != 0) {
            throw new CassandraStartException("Maven failed to resolve Cassandra (" + String.join(" ", command) + "):\n"
                + LogTail.of(log, 40));
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
