package org.jmapx.binding.smime;

import org.jmapx.smime.store.DeliveryStatusStore;
import org.jmapx.smime.store.MemoryDeliveryStatusStore;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/** S/MIME delivery statuses, identities (keys encrypted) and recipient certificates in the JVM's memory. */
public class SmimeMemoryStorageModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(MemoryDeliveryStatusStore.class).in(Singleton.class);
        bind(DeliveryStatusStore.class).to(MemoryDeliveryStatusStore.class);
        bind(org.jmapx.smime.keys.MemoryIdentityStore.class).in(Singleton.class);
        bind(org.jmapx.smime.keys.IdentityStore.class).to(org.jmapx.smime.keys.MemoryIdentityStore.class);
        bind(org.jmapx.smime.certs.MemoryRecipientCertificateStore.class).in(Singleton.class);
        bind(org.jmapx.smime.certs.RecipientCertificateStore.class).to(org.jmapx.smime.certs.MemoryRecipientCertificateStore.class);
    }
}
