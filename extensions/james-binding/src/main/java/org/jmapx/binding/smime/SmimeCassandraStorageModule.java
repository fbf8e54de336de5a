package org.jmapx.binding.smime;

import org.apache.james.backends.cassandra.components.CassandraModule;
import org.jmapx.smime.store.DeliveryStatusStore;
import org.jmapx.smime.store.cassandra.CassandraDeliveryStatusDAO;
import org.jmapx.smime.store.cassandra.CassandraDeliveryStatusModule;
import org.jmapx.smime.store.cassandra.CassandraDeliveryStatusStore;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

/** S/MIME delivery statuses in Cassandra; the table joins the set of tables created at start-up. */
public class SmimeCassandraStorageModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), CassandraModule.class).addBinding().toInstance(CassandraDeliveryStatusModule.MODULE);
        bind(CassandraDeliveryStatusDAO.class).in(Singleton.class);
        bind(CassandraDeliveryStatusStore.class).in(Singleton.class);
        bind(DeliveryStatusStore.class).to(CassandraDeliveryStatusStore.class);
    }
}
