package org.jmapx.binding.smime;

import org.jmapx.smime.store.DeliveryStatusStore;
import org.jmapx.smime.store.MemoryDeliveryStatusStore;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/** S/MIME delivery statuses in the JVM's memory. */
public class SmimeMemoryStorageModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(MemoryDeliveryStatusStore.class).in(Singleton.class);
        bind(DeliveryStatusStore.class).to(MemoryDeliveryStatusStore.class);
    }
}
