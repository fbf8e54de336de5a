package org.jmapx.cassandra;

import java.util.Collection;

import org.apache.james.backends.cassandra.components.CassandraModule;
import org.apache.james.backends.cassandra.init.CassandraTableManager;
import org.apache.james.backends.cassandra.init.CassandraTypesCreator;
import org.apache.james.backends.cassandra.init.CassandraTypesProvider;

import com.datastax.oss.driver.api.core.CqlSession;

/**
 * Creates the user types and tables of the given modules that do not exist yet, with James's own
 * managers. James's SessionWithInitializedTablesFactory is not used because it also records a James
 * schema version, which needs James's schema-version table in every JMAPX keyspace.
 */
public final class CassandraSchemaInitializer {
    private CassandraSchemaInitializer() {
    }

    public static void initialize(CqlSession session, Collection<CassandraModule> modules) {
        CassandraModule all = CassandraModule.aggregateModules(modules);
        new CassandraTypesCreator(all, session).initializeTypes();
        new CassandraTableManager(all, session).initializeTables(new CassandraTypesProvider(session));
    }
}
