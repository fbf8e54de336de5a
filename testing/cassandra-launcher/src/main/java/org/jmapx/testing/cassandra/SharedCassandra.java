package org.jmapx.testing.cassandra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;

import com.datastax.oss.driver.api.core.CqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Cassandra of a test JVM: either the shared instance named by {@code -Dcassandra.contact-points}
 * (started by the build script), or a single node this JVM starts on first use and kills when the JUnit
 * run ends. Kept in the root {@link ExtensionContext.Store} so every test class of the JVM shares it.
 */
final class SharedCassandra implements ExtensionContext.Store.CloseableResource {
    private static final Logger LOGGER = LoggerFactory.getLogger(SharedCassandra.class);

    private final ContactPoints contactPoints;
    private final Optional<CassandraLauncher> ownLauncher;
    private final Optional<Thread> shutdownHook;
    private CqlSession adminSession;

    private SharedCassandra(ContactPoints contactPoints, Optional<CassandraLauncher> ownLauncher, Optional<Thread> shutdownHook) {
        this.contactPoints = contactPoints;
        this.ownLauncher = ownLauncher;
        this.shutdownHook = shutdownHook;
    }

    static SharedCassandra in(ExtensionContext context) {
        return context.getRoot()
            .getStore(ExtensionContext.Namespace.create(SharedCassandra.class))
            .getOrComputeIfAbsent(SharedCassandra.class, key -> startOrConnect(), SharedCassandra.class);
    }

    ContactPoints contactPoints() {
        return contactPoints;
    }

    /** A keyspace-less session for DDL such as CREATE/DROP KEYSPACE, opened once per JVM. */
    synchronized CqlSession adminSession() {
        if (adminSession == null) {
            adminSession = TestSessions.builder(contactPoints).build();
        }
        return adminSession;
    }

    private static SharedCassandra startOrConnect() {
        String configured = System.getProperty(ContactPoints.SYSTEM_PROPERTY, "").trim();
        if (!configured.isEmpty()) {
            LOGGER.info("Using the shared Cassandra at {}", configured);
            return new SharedCassandra(ContactPoints.parse(configured), Optional.empty(), Optional.empty());
        }
        return startOwn();
    }

    private static SharedCassandra startOwn() {
        LauncherSettings defaults = LauncherSettings.defaults();
        // a fixed directory (rather than a fresh temp dir) lets the next run find and kill a node that a
        // crashed or SIGKILLed test JVM left behind; throwaway data, so SIGKILL is the right stop
        LauncherSettings settings = defaults.withDataDir(defaults.cacheDir().resolve("junit-nodes")).withStopTimeout(Duration.ZERO);
        killOrphans(settings);
        deleteData(settings.dataDir());
        CassandraLauncher launcher = new CassandraLauncher(settings);
        writeOwner(settings.dataDir());
        Thread hook = new Thread(launcher::kill, "jmapx-cassandra-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            ContactPoints contactPoints = launcher.start(1);
            return new SharedCassandra(contactPoints, Optional.of(launcher), Optional.of(hook));
        } catch (RuntimeException e) {
            launcher.kill();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        if (adminSession != null) {
            adminSession.close();
        }
        ownLauncher.ifPresent(launcher -> {
            launcher.kill();
            deleteData(launcher.settings().dataDir());
        });
        shutdownHook.ifPresent(hook -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway and finds nothing left to kill
            }
        });
    }

    private static void killOrphans(LauncherSettings settings) {
        Path owner = settings.dataDir().resolve("owner.pid");
        Optional<Long> ownerPid = readPid(owner);
        if (ownerPid.isPresent() && ProcessHandle.of(ownerPid.get()).map(ProcessHandle::isAlive).orElse(false)) {
            throw new CassandraStartException("test JVM " + ownerPid.get() + " is running its own Cassandra in "
                + settings.dataDir() + "; run the tests one JVM at a time, or start a shared Cassandra and pass -D"
                + ContactPoints.SYSTEM_PROPERTY + "=127.0.0.1:9042");
        }
        if (ownerPid.isPresent()) {
            LOGGER.warn("Killing Cassandra nodes left behind by test JVM {}", ownerPid.get());
            new CassandraLauncher(settings).kill();
        }
    }

    private static void writeOwner(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Files.writeString(dataDir.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteData(Path dataDir) {
        try {
            CassandraDistribution.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dataDir, e);
        }
    }
}
