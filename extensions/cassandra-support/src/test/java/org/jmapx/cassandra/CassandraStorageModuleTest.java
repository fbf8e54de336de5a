package org.jmapx.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.commons.configuration2.BaseConfiguration;
import org.jmapx.cassandra.state.CassandraChangeLog;
import org.jmapx.cassandra.store.CassandraObjectStore;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;

class CassandraStorageModuleTest {
    @RegisterExtension
    static CassandraExtension cassandra = new CassandraExtension();

    private Injector injector;
    private final String keyspace = cassandra.keyspace() + "_wired";

    @AfterEach
    void closeSessionAndDropKeyspace() {
        if (injector != null) {
            injector.getInstance(CqlSession.class).close();
        }
        cassandra.session().execute("DROP KEYSPACE IF EXISTS " + keyspace);
    }

    @Test
    void startupShouldCreateTheKeyspaceAndEveryTableAndBindTheCassandraStores() {
        injector = Guice.createInjector(new CassandraStorageModule(configuration()));

        CqlSession session = injector.getInstance(CqlSession.class);
        assertThat(session.getMetadata().getKeyspace(keyspace).orElseThrow().getTables().keySet())
            .extracting(table -> table.asInternal())
            .containsExactlyInAnyOrder("jmapx_objects", "jmapx_change_log", "jmapx_change_log_latest");
        assertThat(injector.getInstance(ObjectStore.class)).isInstanceOf(CassandraObjectStore.class);
        assertThat(injector.getInstance(ChangeLog.class)).isInstanceOf(CassandraChangeLog.class);
    }

    @Test
    void boundStoresShouldWorkAgainstTheConfiguredKeyspace() {
        injector = Guice.createInjector(new CassandraStorageModule(configuration()));
        ObjectStore store = injector.getInstance(ObjectStore.class);
        ChangeLog changeLog = injector.getInstance(ChangeLog.class);

        store.put("a", "Todo", "1", new ObjectMapper().createObjectNode().put("id", "1"));
        String state = changeLog.append("a", "Todo", Change.created("1"));

        assertThat(store.get("a", "Todo", List.of("1"))).containsOnlyKeys("1");
        assertThat(changeLog.currentState("a", "Todo")).isEqualTo(state);
    }

    private CassandraSupportConfiguration configuration() {
        BaseConfiguration properties = new BaseConfiguration();
        properties.addProperty("cassandra.nodes", cassandra.contactPoints().toString());
        properties.addProperty("cassandra.keyspace", keyspace);
        return CassandraSupportConfiguration.from(properties);
    }
}
