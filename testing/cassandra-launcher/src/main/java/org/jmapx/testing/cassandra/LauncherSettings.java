package org.jmapx.testing.cassandra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * How to run Cassandra: which version, where its jars are cached, where the nodes keep their data.
 *
 * <p>Every default can be overridden by a system property, so that a developer or CI can tune the
 * launcher without code: {@code jmapx.cassandra.heap}, {@code jmapx.cassandra.java},
 * {@code jmapx.cassandra.mvn}, {@code jmapx.cassandra.cache-dir}, {@code jmapx.cassandra.start-timeout-seconds}.
 *
 * @param version      cassandra-all version from Maven Central
 * @param firstHost    node i listens on 127.0.0.(firstHost + i - 1); 1 for the shared instance
 * @param cacheDir     where the resolved jars live; shared by every run of this version
 * @param dataDir      where node1..nodeN keep yaml, data, logs and pid files
 * @param heap         -Xms/-Xmx of each node
 * @param java         the java binary of the nodes (must be 11 or 17 for Cassandra 4.1)
 * @param maven        the mvn command used once to resolve the jars
 * @param startTimeout how long one node may take to open its CQL port
 * @param stopTimeout  how long a SIGTERM may take before SIGKILL; zero means SIGKILL at once
 */
public record LauncherSettings(String version, int firstHost, Path cacheDir, Path dataDir, String heap, Path java,
                               String maven, Duration startTimeout, Duration stopTimeout) {

    public static final String DEFAULT_HEAP = "512m";

    /** Defaults for nodes whose data lives in {@code dataDir}. */
    public static LauncherSettings defaults(Path dataDir) {
        String version = bundledVersion();
        return new LauncherSettings(
            version,
            Integer.getInteger("jmapx.cassandra.first-host", 1),
            defaultCacheDir(version),
            dataDir,
            System.getProperty("jmapx.cassandra.heap", DEFAULT_HEAP),
            JavaExecutable.forCassandra(),
            System.getProperty("jmapx.cassandra.mvn", MavenCommand.locate()),
            Duration.ofSeconds(Long.getLong("jmapx.cassandra.start-timeout-seconds", 180)),
            Duration.ofSeconds(30));
    }

    /** Defaults with the data under the version's cache directory: what the command line uses. */
    public static LauncherSettings defaults() {
        return defaults(defaultCacheDir(bundledVersion()).resolve("nodes"));
    }

    public LauncherSettings withDataDir(Path newDataDir) {
        return new LauncherSettings(version, firstHost, cacheDir, newDataDir, heap, java, maven, startTimeout, stopTimeout);
    }

    public LauncherSettings withStopTimeout(Duration newStopTimeout) {
        return new LauncherSettings(version, firstHost, cacheDir, dataDir, heap, java, maven, startTimeout, newStopTimeout);
    }

    public LauncherSettings withFirstHost(int newFirstHost) {
        return new LauncherSettings(version, newFirstHost, cacheDir, dataDir, heap, java, maven, startTimeout, stopTimeout);
    }

    public LauncherSettings withHeap(String newHeap) {
        return new LauncherSettings(version, firstHost, cacheDir, dataDir, newHeap, java, maven, startTimeout, stopTimeout);
    }

    static Path defaultCacheDir(String version) {
        return Optional.ofNullable(System.getProperty("jmapx.cassandra.cache-dir"))
            .map(Path::of)
            .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "jmapx-cassandra"))
            .resolve(version);
    }

    /** The version the build was made with (root pom property cassandra.version), so it is set in one place. */
    static String bundledVersion() {
        try (InputStream in = LauncherSettings.class.getResourceAsStream("launcher.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return System.getProperty("jmapx.cassandra.version", properties.getProperty("cassandra.version"));
        } catch (IOException e) {
            throw new UncheckedIOException("launcher.properties is missing from the launcher jar", e);
        }
    }
}
