package org.jmapx.cassandra.store;

import java.util.List;

import org.jmapx.cassandra.CassandraConsistencies;
import org.jmapx.cassandra.CassandraSchemaInitializer;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.engine.store.ObjectStoreContract;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class CassandraObjectStoreTest implements ObjectStoreContract {
    @RegisterExtension
    static CassandraExtension cassandra = new CassandraExtension();

    private static ObjectStore store;

    @BeforeAll
    static void createTables() {
        CassandraSchemaInitializer.initialize(cassandra.session(), List.of(CassandraObjectStoreModule.MODULE));
        store = new CassandraObjectStore(new CassandraObjectStoreDAO(cassandra.session(), CassandraConsistencies.QUORUM));
    }

    @Override
    public ObjectStore store() {
        return store;
    }
}
