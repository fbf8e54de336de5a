package org.jmapx.server.cassandra;

import java.util.Set;

import javax.inject.Singleton;

import org.apache.james.backends.cassandra.components.CassandraModule;
import org.apache.james.eventsourcing.Event;
import org.apache.james.eventsourcing.eventstore.EventStore;
import org.apache.james.eventsourcing.eventstore.cassandra.CassandraEventStore;
import org.apache.james.eventsourcing.eventstore.cassandra.EventStoreDao;
import org.apache.james.eventsourcing.eventstore.cassandra.JsonEventSerializer;
import org.apache.james.eventsourcing.eventstore.cassandra.dto.EventDTO;
import org.apache.james.eventsourcing.eventstore.cassandra.dto.EventDTOModule;

import com.datastax.oss.driver.api.core.CqlSession;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;

/**
 * James's event store (DLP rules, JMAP filtering rules, mailbox ACLs) in Cassandra. Each feature adds
 * the JSON mapping of its events to the {@code Set<EventDTOModule>}.
 */
public class CassandraEventStoreModule extends AbstractModule {
    static final TypeLiteral<EventDTOModule<? extends Event, ? extends EventDTO>> EVENT_DTO_MODULE = new TypeLiteral<>() {
    };

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), CassandraModule.class).addBinding()
            .toInstance(org.apache.james.eventsourcing.eventstore.cassandra.CassandraEventStoreModule.MODULE());
        Multibinder.newSetBinder(binder(), EVENT_DTO_MODULE);
        bind(EventStore.class).to(CassandraEventStore.class);
    }

    @Provides
    @Singleton
    CassandraEventStore eventStore(CqlSession session, Set<EventDTOModule<? extends Event, ? extends EventDTO>> dtoModules) {
        return new CassandraEventStore(new EventStoreDao(session, new JsonEventSerializer(dtoModules, Set.of())));
    }
}
