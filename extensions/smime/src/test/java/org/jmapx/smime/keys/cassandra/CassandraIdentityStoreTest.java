package org.jmapx.smime.keys.cassandra;

import java.util.List;

import org.jmapx.cassandra.CassandraSchemaInitializer;
import org.jmapx.smime.keys.IdentityStore;
import org.jmapx.smime.keys.IdentityStoreContract;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class CassandraIdentityStoreTest implements IdentityStoreContract {
    @RegisterExtension
    static CassandraExtension cassandra = new CassandraExtension();

    private static IdentityStore store;

    @BeforeAll
    static void createTable() {
        CassandraSchemaInitializer.initialize(cassandra.session(), List.of(CassandraIdentityModule.MODULE));
        store = new CassandraIdentityStore(cassandra.session());
    }

    @Override
    public IdentityStore store() {
        return store;
    }
}
