package org.jmapx.smime.certs.cassandra;

import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.bindMarker;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.deleteFrom;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.insertInto;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.selectFrom;

import java.nio.ByteBuffer;

import javax.inject.Inject;

import org.apache.james.backends.cassandra.utils.CassandraAsyncExecutor;
import org.jmapx.smime.certs.RecipientCertificateStore;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;

import reactor.core.publisher.Mono;

/** {@link RecipientCertificateStore} on Cassandra (table {@link CassandraRecipientCertificateTable}). */
public class CassandraRecipientCertificateStore implements RecipientCertificateStore {
    private final CassandraAsyncExecutor executor;
    private final PreparedStatement insert;
    private final PreparedStatement select;
    private final PreparedStatement delete;

    @Inject
    public CassandraRecipientCertificateStore(CqlSession session) {
        this.executor = new CassandraAsyncExecutor(session);
        this.insert = session.prepare(insertInto(CassandraRecipientCertificateTable.TABLE_NAME)
            .value(CassandraRecipientCertificateTable.OWNER, bindMarker(CassandraRecipientCertificateTable.OWNER))
            .value(CassandraRecipientCertificateTable.ADDRESS, bindMarker(CassandraRecipientCertificateTable.ADDRESS))
            .value(CassandraRecipientCertificateTable.CERTIFICATE, bindMarker(CassandraRecipientCertificateTable.CERTIFICATE))
            .build());
        this.select = session.prepare(selectFrom(CassandraRecipientCertificateTable.TABLE_NAME).all()
            .whereColumn(CassandraRecipientCertificateTable.OWNER).isEqualTo(bindMarker(CassandraRecipientCertificateTable.OWNER))
            .whereColumn(CassandraRecipientCertificateTable.ADDRESS).isEqualTo(bindMarker(CassandraRecipientCertificateTable.ADDRESS))
            .build());
        this.delete = session.prepare(deleteFrom(CassandraRecipientCertificateTable.TABLE_NAME)
            .whereColumn(CassandraRecipientCertificateTable.OWNER).isEqualTo(bindMarker(CassandraRecipientCertificateTable.OWNER))
            .whereColumn(CassandraRecipientCertificateTable.ADDRESS).isEqualTo(bindMarker(CassandraRecipientCertificateTable.ADDRESS))
            .build());
    }

    @Override
    public Mono<byte[]> load(String owner, String address) {
        return executor.executeSingleRow(select.bind()
                .setString(CassandraRecipientCertificateTable.OWNER, owner)
                .setString(CassandraRecipientCertificateTable.ADDRESS, address))
            .map(row -> {
                ByteBuffer buffer = row.getByteBuffer(CassandraRecipientCertificateTable.CERTIFICATE);
                byte[] bytes = new byte[buffer.remaining()];
                buffer.duplicate().get(bytes);
                return bytes;
            });
    }

    @Override
    public Mono<Void> save(String owner, String address, byte[] certificate) {
        return executor.executeVoid(insert.bind()
            .setString(CassandraRecipientCertificateTable.OWNER, owner)
            .setString(CassandraRecipientCertificateTable.ADDRESS, address)
            .setByteBuffer(CassandraRecipientCertificateTable.CERTIFICATE, ByteBuffer.wrap(certificate)));
    }

    @Override
    public Mono<Void> delete(String owner, String address) {
        return executor.executeVoid(delete.bind()
            .setString(CassandraRecipientCertificateTable.OWNER, owner)
            .setString(CassandraRecipientCertificateTable.ADDRESS, address));
    }
}
