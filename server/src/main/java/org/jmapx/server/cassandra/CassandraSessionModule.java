package org.jmapx.server.cassandra;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;

import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Singleton;

import org.apache.james.backends.cassandra.components.CassandraModule;
import org.apache.james.backends.cassandra.init.CassandraTypesProvider;
import org.apache.james.backends.cassandra.init.CassandraZonedDateTimeModule;
import org.apache.james.backends.cassandra.init.KeyspaceFactory;
import org.apache.james.backends.cassandra.init.configuration.CassandraConfiguration;
import org.apache.james.backends.cassandra.init.configuration.ClusterConfiguration;
import org.apache.james.backends.cassandra.init.configuration.KeyspaceConfiguration;
import org.apache.james.backends.cassandra.utils.CassandraHealthCheck;
import org.apache.james.backends.cassandra.versions.CassandraSchemaVersionDAO;
import org.apache.james.backends.cassandra.versions.CassandraSchemaVersionManager;
import org.apache.james.core.healthcheck.HealthCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;

/**
 * The one {@link CqlSession} of the server, on the keyspace of {@code cassandra.properties}: keyspace
 * created if allowed and missing, tables created from the multibound {@code Set<CassandraModule>}
 * (James's and JMAPX's), schema versions checked ({@link KeyspaceSchema}), consistency levels applied
 * ({@link ReadWriteConsistencySession}), results delivered off the driver's I/O threads
 * ({@link OffDriverThreadsSession}). Closed when James stops.
 */
public class CassandraSessionModule extends AbstractModule {
    private static final Logger LOGGER = LoggerFactory.getLogger(CassandraSessionModule.class);

    private static final Duration TABLE_CREATION_TIMEOUT = Duration.ofSeconds(60);

    private final CassandraServerConfiguration configuration;

    public CassandraSessionModule(CassandraServerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected void configure() {
        bind(CassandraServerConfiguration.class).toInstance(configuration);
        bind(ClusterConfiguration.class).toInstance(configuration.cluster());
        bind(KeyspaceConfiguration.class).toInstance(configuration.keyspace());
        bind(CassandraConfiguration.class).toInstance(configuration.james());

        Multibinder<CassandraModule> tables = Multibinder.newSetBinder(binder(), CassandraModule.class);
        tables.addBinding().toInstance(CassandraZonedDateTimeModule.MODULE);

        bind(CassandraSchemaVersionDAO.class).in(Scopes.SINGLETON);
        bind(CassandraSchemaVersionManager.class).in(Scopes.SINGLETON);
        bind(CassandraTypesProvider.class).in(Scopes.SINGLETON);
        Multibinder.newSetBinder(binder(), HealthCheck.class).addBinding().to(CassandraHealthCheck.class);
        bind(SessionCloser.class).asEagerSingleton();
    }

    @Provides
    @Singleton
    CqlSession session(Set<CassandraModule> modules) {
        KeyspaceConfiguration keyspace = configuration.keyspace();
        configuration.mailboxReadRepairWarning().ifPresent(LOGGER::warn);
        if (configuration.cluster().shouldCreateKeyspace()) {
            try (CqlSession admin = connect(builder())) {
                KeyspaceFactory.createKeyspace(keyspace, admin).block();
            }
        }
        CqlSession session = new OffDriverThreadsSession(new ReadWriteConsistencySession(
            connect(builder().withKeyspace(keyspace.getKeyspace())), configuration.readConsistency(), configuration.writeConsistency()));
        try {
            KeyspaceSchema.initialize(session, modules);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private CqlSessionBuilder builder() {
        ClusterConfiguration cluster = configuration.cluster();
        Duration timeout = configuration.requestTimeout();
        String serial = configuration.serialConsistency().name();
        CqlSessionBuilder builder = CqlSession.builder()
            .withLocalDatacenter(cluster.getLocalDC().orElse("datacenter1"))
            .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                .withString(DefaultDriverOption.REQUEST_CONSISTENCY, configuration.writeConsistency().name())
                .withString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY, serial)
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, timeout)
                // James's DAOs ask for these profiles by name (JamesExecutionProfiles)
                .startProfile("LWT")
                .withString(DefaultDriverOption.REQUEST_CONSISTENCY, serial)
                .withString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY, serial)
                .endProfile()
                .startProfile("CACHING")
                .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "ONE")
                .endProfile()
                // DDL waits for schema agreement: slow on a busy ring
                .startProfile("TABLE_CREATION")
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, TABLE_CREATION_TIMEOUT)
                .endProfile()
                .build());
        cluster.getHosts().forEach(host -> builder.addContactPoint(InetSocketAddress.createUnresolved(host.getHostName(), host.getPort())));
        cluster.getUsername().ifPresent(user -> builder.withAuthCredentials(user, cluster.getPassword().orElseThrow(
            () -> new IllegalArgumentException("cassandra.user needs cassandra.password"))));
        return builder;
    }

    /** Connects, retrying as cassandra.retryConnection.maxRetries / minDelay say (Cassandra may start after James). */
    private CqlSession connect(CqlSessionBuilder builder) {
        ClusterConfiguration cluster = configuration.cluster();
        for (int attempt = 0; ; attempt++) {
            try {
                return builder.build();
            } catch (RuntimeException e) {
                if (attempt >= cluster.getMaxRetry()) {
                    throw new IllegalStateException("Cannot connect to Cassandra at " + cluster.getHosts()
                        + " after " + (attempt + 1) + " attempt(s): " + e.getMessage(), e);
                }
                LOGGER.warn("Cassandra at {} not reachable ({}); retrying in {} ms", cluster.getHosts(), e.getMessage(), cluster.getMinDelay());
                try {
                    Thread.sleep(cluster.getMinDelay());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while connecting to Cassandra", interrupted);
                }
            }
        }
    }

    /** James stages @PreDestroy on its singletons when it stops. */
    static class SessionCloser {
        private final CqlSession session;

        @Inject
        SessionCloser(CqlSession session) {
            this.session = session;
        }

        @PreDestroy
        void close() {
            session.close();
        }
    }
}
