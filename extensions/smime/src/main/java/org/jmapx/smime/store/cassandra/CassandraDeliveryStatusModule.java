package org.jmapx.smime.store.cassandra;

import static com.datastax.oss.driver.api.core.type.DataTypes.TEXT;
import static com.datastax.oss.driver.api.core.type.DataTypes.TIMESTAMP;
import static com.datastax.oss.driver.api.core.type.DataTypes.frozenListOf;
import static com.datastax.oss.driver.api.core.type.DataTypes.frozenSetOf;

import org.apache.james.backends.cassandra.components.CassandraModule;

public interface CassandraDeliveryStatusModule {
    CassandraModule MODULE = CassandraModule.table(CassandraDeliveryStatusTable.TABLE_NAME)
        .comment("RFC 9219 smimeStatusAtDelivery remembered per message, with the trust anchors it was evaluated with.")
        .statement(statement -> types -> statement
            .withPartitionKey(CassandraDeliveryStatusTable.MESSAGE_ID, TEXT)
            .withColumn(CassandraDeliveryStatusTable.STATUS, TEXT)
            .withColumn(CassandraDeliveryStatusTable.ERRORS, frozenListOf(TEXT))
            .withColumn(CassandraDeliveryStatusTable.VERIFIED_AT, TIMESTAMP)
            .withColumn(CassandraDeliveryStatusTable.ANCHORS, frozenSetOf(TEXT)))
        .build();
}
