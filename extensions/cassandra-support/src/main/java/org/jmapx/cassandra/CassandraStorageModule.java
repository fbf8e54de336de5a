package org.jmapx.cassandra;

import java.util.Set;

import javax.inject.Singleton;

import org.apache.james.backends.cassandra.components.CassandraModule;
import org.apache.james.backends.cassandra.init.ClusterFactory;

import com.datastax.oss.driver.api.core.CqlSession;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;

/**
 * Everything JMAPX needs to store on Cassandra on its own: a {@code CqlSession} built from
 * {@code cassandra.properties} (keyspace created if missing, then every table of the multibound
 * {@code Set<CassandraModule>}) plus the Cassandra stores of {@link CassandraStoresModule}.
 *
 * <p>The session is closed by whoever owns the injector ({@code injector.getInstance(CqlSession.class).close()}).
 * Do not install this module where James already provides a {@code CqlSession}; install
 * {@link CassandraStoresModule} alone there.
 */
public class CassandraStorageModule extends AbstractModule {
    private final CassandraSupportConfiguration configuration;

    public CassandraStorageModule(CassandraSupportConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected void configure() {
        install(new CassandraStoresModule(configuration));
    }

    @Provides
    @Singleton
    CqlSession session(Set<CassandraModule> modules) {
        CqlSession session = ClusterFactory.create(configuration.cluster(), configuration.keyspace());
        try {
            CassandraSchemaInitializer.initialize(session, modules);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }
}
