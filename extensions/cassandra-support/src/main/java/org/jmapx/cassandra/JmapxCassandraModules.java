package org.jmapx.cassandra;

import org.apache.james.backends.cassandra.components.CassandraModule;
import org.jmapx.cassandra.state.CassandraChangeLogModule;
import org.jmapx.cassandra.store.CassandraObjectStoreModule;

/** The tables of cassandra-support itself; feature modules add theirs to the Guice set of CassandraModule. */
public final class JmapxCassandraModules {
    public static final CassandraModule SUPPORT_TABLES = CassandraModule.aggregateModules(
        CassandraObjectStoreModule.MODULE,
        CassandraChangeLogModule.MODULE);

    private JmapxCassandraModules() {
    }
}
