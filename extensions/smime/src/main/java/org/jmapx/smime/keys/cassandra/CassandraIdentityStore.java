package org.jmapx.smime.keys.cassandra;

import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.bindMarker;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.deleteFrom;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.insertInto;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.selectFrom;

import java.nio.ByteBuffer;
import java.util.List;

import javax.inject.Inject;

import org.apache.james.backends.cassandra.utils.CassandraAsyncExecutor;
import org.jmapx.smime.keys.IdentityStore;
import org.jmapx.smime.keys.StoredIdentity;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;

import reactor.core.publisher.Mono;

/** {@link IdentityStore} on Cassandra (table {@link CassandraIdentityTable}); the key column holds ciphertext only. */
public class CassandraIdentityStore implements IdentityStore {
    private final CassandraAsyncExecutor executor;
    private final PreparedStatement insert;
    private final PreparedStatement select;
    private final PreparedStatement delete;

    @Inject
    public CassandraIdentityStore(CqlSession session) {
        this.executor = new CassandraAsyncExecutor(session);
        this.insert = session.prepare(insertInto(CassandraIdentityTable.TABLE_NAME)
            .value(CassandraIdentityTable.USER, bindMarker(CassandraIdentityTable.USER))
            .value(CassandraIdentityTable.ENCRYPTED_KEY, bindMarker(CassandraIdentityTable.ENCRYPTED_KEY))
            .value(CassandraIdentityTable.CERTIFICATES, bindMarker(CassandraIdentityTable.CERTIFICATES))
            .build());
        this.select = session.prepare(selectFrom(CassandraIdentityTable.TABLE_NAME).all()
            .whereColumn(CassandraIdentityTable.USER).isEqualTo(bindMarker(CassandraIdentityTable.USER)).build());
        this.delete = session.prepare(deleteFrom(CassandraIdentityTable.TABLE_NAME)
            .whereColumn(CassandraIdentityTable.USER).isEqualTo(bindMarker(CassandraIdentityTable.USER)).build());
    }

    @Override
    public Mono<StoredIdentity> load(String user) {
        return executor.executeSingleRow(select.bind().setString(CassandraIdentityTable.USER, user))
            .map(CassandraIdentityStore::toIdentity);
    }

    @Override
    public Mono<Void> save(String user, StoredIdentity identity) {
        return executor.executeVoid(insert.bind()
            .setString(CassandraIdentityTable.USER, user)
            .setByteBuffer(CassandraIdentityTable.ENCRYPTED_KEY, ByteBuffer.wrap(identity.encryptedPrivateKey()))
            .setList(CassandraIdentityTable.CERTIFICATES, identity.certificates().stream().map(ByteBuffer::wrap).toList(), ByteBuffer.class));
    }

    @Override
    public Mono<Void> delete(String user) {
        return executor.executeVoid(delete.bind().setString(CassandraIdentityTable.USER, user));
    }

    private static StoredIdentity toIdentity(Row row) {
        List<byte[]> certificates = row.getList(CassandraIdentityTable.CERTIFICATES, ByteBuffer.class).stream()
            .map(CassandraIdentityStore::bytes).toList();
        return new StoredIdentity(bytes(row.getByteBuffer(CassandraIdentityTable.ENCRYPTED_KEY)), certificates);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
