package org.jmapx.server.cassandra;

import java.util.List;

import javax.inject.Provider;

import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.backends.cassandra.components.CassandraModule;
import org.apache.james.blob.api.BlobReferenceSource;
import org.apache.james.mailrepository.api.MailRepositoryFactory;
import org.apache.james.mailrepository.api.MailRepositoryUrlStore;
import org.apache.james.mailrepository.api.Protocol;
import org.apache.james.mailrepository.cassandra.CassandraMailRepository;
import org.apache.james.mailrepository.cassandra.CassandraMailRepositoryFactory;
import org.apache.james.mailrepository.cassandra.CassandraMailRepositoryUrlModule;
import org.apache.james.mailrepository.cassandra.CassandraMailRepositoryUrlStore;
import org.apache.james.mailrepository.cassandra.MailRepositoryBlobReferenceSource;
import org.apache.james.mailrepository.memory.MailRepositoryStoreConfiguration;
import org.apache.james.server.core.configuration.ConfigurationProvider;

import com.google.common.collect.ImmutableList;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

/**
 * Mail repositories (error mails, ...) in Cassandra. The shipped mailrepositorystore.xml serves the
 * memory flavour too, so this module keeps its protocols (memory://, file://, cassandra://) but stores
 * every repository in Cassandra: install it with {@code overrideWith}, it replaces James's reading of
 * that file.
 */
public class CassandraMailRepositoryModule extends AbstractModule {
    private static final String CASSANDRA_REPOSITORY = CassandraMailRepository.class.getName();

    @Override
    protected void configure() {
        Multibinder<CassandraModule> tables = Multibinder.newSetBinder(binder(), CassandraModule.class);
        tables.addBinding().toInstance(org.apache.james.mailrepository.cassandra.CassandraMailRepositoryModule.MODULE);
        tables.addBinding().toInstance(CassandraMailRepositoryUrlModule.MODULE);

        bind(CassandraMailRepositoryUrlStore.class).in(Scopes.SINGLETON);
        bind(MailRepositoryUrlStore.class).to(CassandraMailRepositoryUrlStore.class);
        Multibinder.newSetBinder(binder(), MailRepositoryFactory.class).addBinding().to(CassandraMailRepositoryFactory.class);
        Multibinder.newSetBinder(binder(), BlobReferenceSource.class).addBinding().to(MailRepositoryBlobReferenceSource.class);
        bind(MailRepositoryStoreConfiguration.Item.class).toProvider((Provider<MailRepositoryStoreConfiguration.Item>) () ->
            new MailRepositoryStoreConfiguration.Item(ImmutableList.of(new Protocol("cassandra")), CASSANDRA_REPOSITORY,
                new org.apache.commons.configuration2.BaseHierarchicalConfiguration()));
    }

    @Provides
    @Singleton
    MailRepositoryStoreConfiguration storeConfiguration(ConfigurationProvider configurationProvider) throws ConfigurationException {
        MailRepositoryStoreConfiguration configured = MailRepositoryStoreConfiguration.parse(configurationProvider.getConfiguration("mailrepositorystore"));
        ImmutableList.Builder<Protocol> protocols = ImmutableList.<Protocol>builder().add(new Protocol("cassandra"));
        configured.getItems().forEach(item -> item.getProtocols().stream()
            .filter(protocol -> !protocol.getValue().equals("cassandra"))
            .forEach(protocols::add));
        List<MailRepositoryStoreConfiguration.Item> items = List.of(new MailRepositoryStoreConfiguration.Item(protocols.build(),
            CASSANDRA_REPOSITORY, new org.apache.commons.configuration2.BaseHierarchicalConfiguration()));
        return new MailRepositoryStoreConfiguration(items, configured.getDefaultProtocol());
    }
}
