package org.jmapx.binding.guice;

import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.store.MemoryObjectStore;
import org.jmapx.engine.store.ObjectStore;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/** Every JMAPX store in the JVM's memory: the embedded default. */
public class MemoryStorageModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ObjectStore.class).to(MemoryObjectStore.class);
        bind(MemoryObjectStore.class).in(Singleton.class);
        bind(ChangeLog.class).toInstance(new MemoryChangeLog());
    }
}
