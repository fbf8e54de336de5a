package org.jmapx.binding.guice;

import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.store.MemoryObjectStore;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.engine.store.RollbackCommitter;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/** Every JMAPX store in the JVM's memory: the embedded default. */
public class MemoryStorageModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ObjectStore.class).to(MemoryObjectStore.class);
        bind(MemoryObjectStore.class).in(Singleton.class);
        bind(ChangeLog.class).toInstance(new MemoryChangeLog());
    }

    @Provides
    @Singleton
    Committer committer(ObjectStore store, ChangeLog changeLog) {
        return new RollbackCommitter(store, changeLog);
    }
}
