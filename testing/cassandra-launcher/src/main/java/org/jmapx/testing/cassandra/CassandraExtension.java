package org.jmapx.testing.cassandra;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;

/**
 * Gives a test class a real Cassandra and a keyspace of its own.
 *
 * <pre>
 * &#64;RegisterExtension
 * static CassandraExtension cassandra = new CassandraExtension();
 * ... cassandra.session()  // a CqlSession on this class's keyspace
 * </pre>
 *
 * <p>Cassandra is the shared instance named by {@code -Dcassandra.contact-points} if set, else one node
 * started once for the whole JVM (see {@link SharedCassandra}). Each test class gets a fresh keyspace,
 * dropped after the class; {@link #truncateAllTables()} isolates the tests within a class.
 */
public class CassandraExtension implements BeforeAllCallback, AfterAllCallback {
    private static final int MAX_KEYSPACE_LENGTH = 48;

    private SharedCassandra cassandra;
    private String keyspace;
    private CqlSession session;

    @Override
    public void beforeAll(ExtensionContext context) {
        cassandra = SharedCassandra.in(context);
        keyspace = keyspaceName(context.getRequiredTestClass());
        // no commit log for throwaway test data: writes are faster and nothing needs to survive a crash
        cassandra.adminSession().execute("CREATE KEYSPACE " + keyspace
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1} AND durable_writes = false");
        session = TestSessions.builder(cassandra.contactPoints()).withKeyspace(keyspace).build();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (session != null) {
            session.close();
            session = null;
            cassandra.adminSession().execute("DROP KEYSPACE IF EXISTS " + keyspace);
        }
    }

    public ContactPoints contactPoints() {
        return requireStarted(cassandra).contactPoints();
    }

    /** This test class's keyspace: created before the class, dropped after it. */
    public String keyspace() {
        return requireStarted(keyspace);
    }

    /** A session whose default keyspace is {@link #keyspace()}, tuned for fast DDL; closed after the class. */
    public CqlSession session() {
        return requireStarted(session);
    }

    /** Empties every table of this class's keyspace: call it in {@code @BeforeEach} to isolate tests. */
    public void truncateAllTables() {
        session().refreshSchema();
        session().getMetadata().getKeyspace(keyspace)
            .ifPresent(metadata -> metadata.getTables().keySet().forEach(table ->
                session().execute("TRUNCATE " + keyspace + "." + table.asCql(true))));
    }

    static String keyspaceName(Class<?> testClass) {
        String suffix = "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String base = "t_" + testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
        String name = base.substring(0, Math.min(base.length(), MAX_KEYSPACE_LENGTH - suffix.length())) + suffix;
        return CqlIdentifier.fromInternal(name).asCql(true);
    }

    private <T> T requireStarted(T value) {
        if (value == null) {
            throw new IllegalStateException("CassandraExtension is not started: register it as a static field"
                + " (@RegisterExtension static) or with @ExtendWith on the class");
        }
        return value;
    }
}
