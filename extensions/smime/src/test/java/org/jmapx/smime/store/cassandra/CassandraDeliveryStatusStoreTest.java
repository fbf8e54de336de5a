package org.jmapx.smime.store.cassandra;

import java.util.List;

import org.jmapx.cassandra.CassandraSchemaInitializer;
import org.jmapx.smime.store.DeliveryStatusStore;
import org.jmapx.smime.store.DeliveryStatusStoreContract;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class CassandraDeliveryStatusStoreTest implements DeliveryStatusStoreContract {
    @RegisterExtension
    static CassandraExtension cassandra = new CassandraExtension();

    private static DeliveryStatusStore store;

    @BeforeAll
    static void createTable() {
        CassandraSchemaInitializer.initialize(cassandra.session(), List.of(CassandraDeliveryStatusModule.MODULE));
        store = new CassandraDeliveryStatusStore(new CassandraDeliveryStatusDAO(cassandra.session()));
    }

    @Override
    public DeliveryStatusStore store() {
        return store;
    }
}
