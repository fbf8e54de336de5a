package org.jmapx.cassandra;

import java.time.Duration;

import org.apache.james.backends.cassandra.components.CassandraModule;
import org.jmapx.cassandra.state.CassandraChangeLog;
import org.jmapx.cassandra.state.StateCachingChangeLog;
import org.jmapx.cassandra.state.AppendTracker;
import org.jmapx.cassandra.commit.CassandraCommitter;
import org.jmapx.cassandra.store.CassandraObjectStoreDAO;
import org.jmapx.engine.store.Committer;
import org.jmapx.cassandra.store.CassandraObjectStore;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.store.ObjectStore;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;

/**
 * Binds the engine's stores to their Cassandra implementations and adds their tables to the
 * {@code Set<CassandraModule>} that whoever provides the {@code CqlSession} creates at start-up.
 *
 * <p>Needs the {@code CqlSession} of a James Cassandra server (JMAPX's own
 * {@code org.jmapx.server.cassandra.CassandraSessionModule}), which creates the tables of that
 * multibound set.
 */
public class CassandraStoresModule extends AbstractModule {
    private final CassandraSupportConfiguration configuration;

    public CassandraStoresModule(CassandraSupportConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), CassandraModule.class).addBinding().toInstance(JmapxCassandraModules.SUPPORT_TABLES);

        bind(CassandraConsistencies.class).toInstance(CassandraConsistencies.from(configuration));
        bind(Duration.class).annotatedWith(Names.named(CassandraChangeLog.RETENTION)).toInstance(configuration.changeLogRetention());

        bind(CassandraObjectStore.class).in(Scopes.SINGLETON);
        bind(ObjectStore.class).to(CassandraObjectStore.class);
        bind(CassandraChangeLog.class).in(Scopes.SINGLETON);
    }

    /** The committer and the change log the engine reads come together: the committer keeps that log's cache exact. */
    @Provides
    @Singleton
    CassandraCommitter cassandraCommitter(CassandraObjectStoreDAO objects, CassandraChangeLog cassandra) {
        if (configuration.stateCacheSize() == 0) {
            return new CassandraCommitter(objects, cassandra, cassandra, AppendTracker.UNTRACKED);
        }
        StateCachingChangeLog cached = new StateCachingChangeLog(cassandra, configuration.stateCacheSize());
        return new CassandraCommitter(objects, cassandra, cached, cached);
    }

    @Provides
    @Singleton
    ChangeLog changeLog(CassandraCommitter committer) {
        return committer.changeLog();
    }

    @Provides
    @Singleton
    Committer committer(CassandraCommitter committer) {
        return committer;
    }
}
