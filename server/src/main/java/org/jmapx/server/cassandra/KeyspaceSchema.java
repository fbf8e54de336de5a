package org.jmapx.server.cassandra;

import static com.datastax.oss.driver.api.core.type.DataTypes.INT;
import static com.datastax.oss.driver.api.core.type.DataTypes.TEXT;

import java.util.Collection;
import java.util.Optional;

import org.apache.james.backends.cassandra.components.CassandraModule;
import org.apache.james.backends.cassandra.init.CassandraTableManager;
import org.apache.james.backends.cassandra.init.CassandraTypesCreator;
import org.apache.james.backends.cassandra.init.CassandraTypesProvider;
import org.apache.james.backends.cassandra.versions.CassandraSchemaVersionDAO;
import org.apache.james.backends.cassandra.versions.CassandraSchemaVersionManager;
import org.apache.james.backends.cassandra.versions.CassandraSchemaVersionModule;
import org.apache.james.backends.cassandra.versions.SchemaVersion;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;

/**
 * The tables of the keyspace and the schema versions it is at.
 *
 * <p>Two versions are recorded: James's own (its {@code schemaVersion} table, which James's migration
 * tooling reads) and JMAPX's ({@code jmapx_schema_version}). A keyspace without tables is new: every
 * table is created and both versions are written. Any other keyspace must be at exactly the versions
 * this build expects, else start-up stops with {@link SchemaVersionMismatchException} before any data
 * is touched; then the missing tables (those of an extension added since) are created.
 */
public final class KeyspaceSchema {
    public static final SchemaVersion JAMES_VERSION = CassandraSchemaVersionManager.MAX_VERSION;
    /** Bump when a JMAPX table changes incompatibly; adding a table needs no bump. */
    public static final int JMAPX_VERSION = 1;

    static final String JMAPX_VERSION_TABLE = "jmapx_schema_version";
    static final String JMAPX_COMPONENT = "jmapx";
    public static final CassandraModule VERSION_TABLES = CassandraModule.aggregateModules(
        CassandraSchemaVersionModule.MODULE,
        CassandraModule.table(JMAPX_VERSION_TABLE)
            .comment("Schema version of the JMAPX tables of this keyspace")
            .statement(statement -> types -> statement
                .withPartitionKey("component", TEXT)
                .withColumn("version", INT))
            .build());

    private KeyspaceSchema() {
    }

    /** Creates or checks the schema of the session's keyspace; throws before touching data when versions differ. */
    public static void initialize(CqlSession session, Collection<CassandraModule> modules) {
        String keyspace = session.getKeyspace().orElseThrow().asInternal();
        boolean fresh = session.refreshSchema().getKeyspace(keyspace)
            .map(metadata -> metadata.getTables().isEmpty())
            .orElse(true);
        create(session, VERSION_TABLES);
        CassandraSchemaVersionDAO jamesVersions = new CassandraSchemaVersionDAO(session);
        if (fresh) {
            create(session, CassandraModule.aggregateModules(modules));
            jamesVersions.updateVersion(JAMES_VERSION).block();
            session.execute(SimpleStatement.newInstance("INSERT INTO " + JMAPX_VERSION_TABLE + " (component, version) VALUES (?, ?)",
                JMAPX_COMPONENT, JMAPX_VERSION));
            return;
        }
        check(keyspace, jamesVersions.getCurrentSchemaVersion().block(), jmapxVersion(session));
        create(session, CassandraModule.aggregateModules(modules));
    }

    static void check(String keyspace, Optional<SchemaVersion> james, Optional<Integer> jmapx) {
        if (james.isEmpty() || jmapx.isEmpty()) {
            throw new SchemaVersionMismatchException("Keyspace '" + keyspace + "' holds tables but no schema version"
                + " (James: " + james.map(v -> Integer.toString(v.getValue())).orElse("none") + ", JMAPX: "
                + jmapx.map(String::valueOf).orElse("none") + "). It was not created by this JMAPX (the 0.1 hybrid"
                + " flavour kept only JMAPX tables there): use a new keyspace (cassandra.keyspace).");
        }
        if (!james.get().equals(JAMES_VERSION) || jmapx.get() != JMAPX_VERSION) {
            String direction = james.get().isAfterOrEquals(JAMES_VERSION) && jmapx.get() >= JMAPX_VERSION
                ? "newer than this server: it was written by a later release; run that release, never downgrade"
                : "older than this server: migrate it first (James's WebAdmin /cassandra/version/upgrade for the James tables)";
            throw new SchemaVersionMismatchException("Keyspace '" + keyspace + "' is at schema version James "
                + james.get().getValue() + " / JMAPX " + jmapx.get() + ", this server expects exactly James "
                + JAMES_VERSION.getValue() + " / JMAPX " + JMAPX_VERSION + ". The keyspace is " + direction + ".");
        }
    }

    private static Optional<Integer> jmapxVersion(CqlSession session) {
        Row row = session.execute(SimpleStatement.newInstance("SELECT version FROM " + JMAPX_VERSION_TABLE + " WHERE component = ?",
            JMAPX_COMPONENT)).one();
        return Optional.ofNullable(row).map(r -> r.getInt("version"));
    }

    private static void create(CqlSession session, CassandraModule module) {
        new CassandraTypesCreator(module, session).initializeTypes();
        new CassandraTableManager(module, session).initializeTables(new CassandraTypesProvider(session));
    }

    /** The keyspace's schema is not the one this server was built for. */
    public static class SchemaVersionMismatchException extends IllegalStateException {
        public SchemaVersionMismatchException(String message) {
            super(message);
        }
    }
}
