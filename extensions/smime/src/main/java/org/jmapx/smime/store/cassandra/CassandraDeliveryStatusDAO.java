package org.jmapx.smime.store.cassandra;

import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.bindMarker;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.deleteFrom;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.insertInto;
import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.selectFrom;

import java.time.Instant;
import java.util.Optional;

import javax.inject.Inject;

import org.apache.james.backends.cassandra.utils.CassandraAsyncExecutor;
import org.jmapx.smime.SmimeStatus;
import org.jmapx.smime.Verification;
import org.jmapx.smime.store.DeliveryStatus;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;

import reactor.core.publisher.Mono;

/** Rows of {@link CassandraDeliveryStatusTable}. Last write wins: the service only ever writes an equal or better status. */
public class CassandraDeliveryStatusDAO {
    private final CassandraAsyncExecutor executor;
    private final PreparedStatement insert;
    private final PreparedStatement select;
    private final PreparedStatement delete;

    @Inject
    public CassandraDeliveryStatusDAO(CqlSession session) {
        this.executor = new CassandraAsyncExecutor(session);
        this.insert = session.prepare(insertInto(CassandraDeliveryStatusTable.TABLE_NAME)
            .value(CassandraDeliveryStatusTable.MESSAGE_ID, bindMarker(CassandraDeliveryStatusTable.MESSAGE_ID))
            .value(CassandraDeliveryStatusTable.STATUS, bindMarker(CassandraDeliveryStatusTable.STATUS))
            .value(CassandraDeliveryStatusTable.ERRORS, bindMarker(CassandraDeliveryStatusTable.ERRORS))
            .value(CassandraDeliveryStatusTable.VERIFIED_AT, bindMarker(CassandraDeliveryStatusTable.VERIFIED_AT))
            .value(CassandraDeliveryStatusTable.ANCHORS, bindMarker(CassandraDeliveryStatusTable.ANCHORS))
            .build());
        this.select = session.prepare(selectFrom(CassandraDeliveryStatusTable.TABLE_NAME).all()
            .whereColumn(CassandraDeliveryStatusTable.MESSAGE_ID).isEqualTo(bindMarker(CassandraDeliveryStatusTable.MESSAGE_ID))
            .build());
        this.delete = session.prepare(deleteFrom(CassandraDeliveryStatusTable.TABLE_NAME)
            .whereColumn(CassandraDeliveryStatusTable.MESSAGE_ID).isEqualTo(bindMarker(CassandraDeliveryStatusTable.MESSAGE_ID))
            .build());
    }

    public Mono<Void> insert(String messageId, DeliveryStatus status) {
        Verification verification = status.verification();
        return executor.executeVoid(insert.bind()
            .setString(CassandraDeliveryStatusTable.MESSAGE_ID, messageId)
            .setString(CassandraDeliveryStatusTable.STATUS, verification.status().name())
            .setList(CassandraDeliveryStatusTable.ERRORS, verification.errors(), String.class)
            .setInstant(CassandraDeliveryStatusTable.VERIFIED_AT, verification.verifiedAt().orElse(null))
            .setSet(CassandraDeliveryStatusTable.ANCHORS, status.anchorFingerprints(), String.class));
    }

    public Mono<DeliveryStatus> select(String messageId) {
        return executor.executeSingleRow(select.bind().setString(CassandraDeliveryStatusTable.MESSAGE_ID, messageId))
            .map(CassandraDeliveryStatusDAO::toStatus);
    }

    public Mono<Void> delete(String messageId) {
        return executor.executeVoid(delete.bind().setString(CassandraDeliveryStatusTable.MESSAGE_ID, messageId));
    }

    private static DeliveryStatus toStatus(Row row) {
        Optional<Instant> verifiedAt = Optional.ofNullable(row.getInstant(CassandraDeliveryStatusTable.VERIFIED_AT));
        return new DeliveryStatus(new Verification(SmimeStatus.fromStoredName(row.getString(CassandraDeliveryStatusTable.STATUS)),
                row.getList(CassandraDeliveryStatusTable.ERRORS, String.class), verifiedAt),
            row.getSet(CassandraDeliveryStatusTable.ANCHORS, String.class));
    }
}
