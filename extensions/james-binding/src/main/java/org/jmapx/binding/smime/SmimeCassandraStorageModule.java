package org.jmapx.binding.smime;

import org.apache.james.backends.cassandra.components.CassandraModule;
import org.jmapx.smime.store.DeliveryStatusStore;
import org.jmapx.smime.store.cassandra.CassandraDeliveryStatusDAO;
import org.jmapx.smime.store.cassandra.CassandraDeliveryStatusModule;
import org.jmapx.smime.store.cassandra.CassandraDeliveryStatusStore;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

/** S/MIME delivery statuses, identities and recipient certificates in Cassandra; the tables join the set of tables created at start-up. */
public class SmimeCassandraStorageModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), CassandraModule.class).addBinding().toInstance(CassandraDeliveryStatusModule.MODULE);
        bind(CassandraDeliveryStatusDAO.class).in(Singleton.class);
        bind(CassandraDeliveryStatusStore.class).in(Singleton.class);
        bind(DeliveryStatusStore.class).to(CassandraDeliveryStatusStore.class);
        Multibinder<CassandraModule> tables = Multibinder.newSetBinder(binder(), CassandraModule.class);
        tables.addBinding().toInstance(org.jmapx.smime.keys.cassandra.CassandraIdentityModule.MODULE);
        tables.addBinding().toInstance(org.jmapx.smime.certs.cassandra.CassandraRecipientCertificateModule.MODULE);
        bind(org.jmapx.smime.keys.cassandra.CassandraIdentityStore.class).in(Singleton.class);
        bind(org.jmapx.smime.keys.IdentityStore.class).to(org.jmapx.smime.keys.cassandra.CassandraIdentityStore.class);
        bind(org.jmapx.smime.certs.cassandra.CassandraRecipientCertificateStore.class).in(Singleton.class);
        bind(org.jmapx.smime.certs.RecipientCertificateStore.class).to(org.jmapx.smime.certs.cassandra.CassandraRecipientCertificateStore.class);
    }
}
