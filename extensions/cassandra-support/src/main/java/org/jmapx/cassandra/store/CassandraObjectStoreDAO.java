package org.jmapx.cassandra.store;

import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.bindMarker;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.deleteFrom;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.insertInto;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.selectFrom;
import static org.jmapx.cassandra.store.CassandraObjectTable.ACCOUNT_ID;
import static org.jmapx.cassandra.store.CassandraObjectTable.ID;
import static org.jmapx.cassandra.store.CassandraObjectTable.JSON;
import static org.jmapx.cassandra.store.CassandraObjectTable.TABLE_NAME;
import static org.jmapx.cassandra.store.CassandraObjectTable.TYPE;

import java.util.Collection;
import java.util.List;

import javax.inject.Inject;

import org.apache.james.backends.cassandra.utils.CassandraAsyncExecutor;
import org.jmapx.cassandra.CassandraConsistencies;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads and writes rows of {@link CassandraObjectTable}; documents are JSON text, parsed by the caller. */
public class CassandraObjectStoreDAO {
    private final CassandraAsyncExecutor executor;
    private final CassandraConsistencies consistencies;
    private final PreparedStatement selectSome;
    private final PreparedStatement selectAll;
    private final PreparedStatement insert;
    private final PreparedStatement delete;

    @Inject
    public CassandraObjectStoreDAO(CqlSession session, CassandraConsistencies consistencies) {
        this.executor = new CassandraAsyncExecutor(session);
        this.consistencies = consistencies;
        this.selectSome = session.prepare(selectFrom(TABLE_NAME).columns(ID, JSON)
            .whereColumn(ACCOUNT_ID).isEqualTo(bindMarker(ACCOUNT_ID))
            .whereColumn(TYPE).isEqualTo(bindMarker(TYPE))
            .whereColumn(ID).in(bindMarker(ID))
            .build());
        this.selectAll = session.prepare(selectFrom(TABLE_NAME).columns(ID, JSON)
            .whereColumn(ACCOUNT_ID).isEqualTo(bindMarker(ACCOUNT_ID))
            .whereColumn(TYPE).isEqualTo(bindMarker(TYPE))
            .build());
        this.insert = session.prepare(insertInto(TABLE_NAME)
            .value(ACCOUNT_ID, bindMarker(ACCOUNT_ID))
            .value(TYPE, bindMarker(TYPE))
            .value(ID, bindMarker(ID))
            .value(JSON, bindMarker(JSON))
            .build());
        this.delete = session.prepare(deleteFrom(TABLE_NAME)
            .whereColumn(ACCOUNT_ID).isEqualTo(bindMarker(ACCOUNT_ID))
            .whereColumn(TYPE).isEqualTo(bindMarker(TYPE))
            .whereColumn(ID).isEqualTo(bindMarker(ID))
            .build());
    }

    public Flux<StoredObject> read(String accountId, String type, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        return executor.executeRows(consistencies.forRead(selectSome.bind()
                .setString(ACCOUNT_ID, accountId)
                .setString(TYPE, type)
                .setList(ID, List.copyOf(ids), String.class)))
            .map(row -> new StoredObject(row.getString(ID), row.getString(JSON)));
    }

    public Flux<StoredObject> readAll(String accountId, String type) {
        return executor.executeRows(consistencies.forRead(selectAll.bind()
                .setString(ACCOUNT_ID, accountId)
                .setString(TYPE, type)))
            .map(row -> new StoredObject(row.getString(ID), row.getString(JSON)));
    }

    public Mono<Void> save(String accountId, String type, String id, String json) {
        return executor.executeVoid(consistencies.forWrite(saveStatement(accountId, type, id, json)));
    }

    public Mono<Void> delete(String accountId, String type, String id) {
        return executor.executeVoid(consistencies.forWrite(deleteStatement(accountId, type, id)));
    }

    /** The INSERT of {@link #save}, for a batch (docs/adr/0010). */
    public BoundStatement saveStatement(String accountId, String type, String id, String json) {
        return insert.bind()
            .setString(ACCOUNT_ID, accountId)
            .setString(TYPE, type)
            .setString(ID, id)
            .setString(JSON, json);
    }

    /** The DELETE of {@link #delete}, for a batch (docs/adr/0010). */
    public BoundStatement deleteStatement(String accountId, String type, String id) {
        return delete.bind()
            .setString(ACCOUNT_ID, accountId)
            .setString(TYPE, type)
            .setString(ID, id);
    }
}
