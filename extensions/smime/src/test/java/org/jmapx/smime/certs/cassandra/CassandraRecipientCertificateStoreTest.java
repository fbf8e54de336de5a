package org.jmapx.smime.certs.cassandra;

import java.util.List;

import org.jmapx.cassandra.CassandraSchemaInitializer;
import org.jmapx.smime.certs.RecipientCertificateStore;
import org.jmapx.smime.certs.RecipientCertificateStoreContract;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class CassandraRecipientCertificateStoreTest implements RecipientCertificateStoreContract {
    @RegisterExtension
    static CassandraExtension cassandra = new CassandraExtension();

    private static RecipientCertificateStore store;

    @BeforeAll
    static void createTable() {
        CassandraSchemaInitializer.initialize(cassandra.session(), List.of(CassandraRecipientCertificateModule.MODULE));
        store = new CassandraRecipientCertificateStore(cassandra.session());
    }

    @Override
    public RecipientCertificateStore store() {
        return store;
    }
}
