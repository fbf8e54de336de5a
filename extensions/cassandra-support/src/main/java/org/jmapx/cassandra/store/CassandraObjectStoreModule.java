package org.jmapx.cassandra.store;

import static com.datastax.oss.driver.api.core.type.DataTypes.TEXT;

import org.apache.james.backends.cassandra.components.CassandraModule;

public interface CassandraObjectStoreModule {
    CassandraModule MODULE = CassandraModule.table(CassandraObjectTable.TABLE_NAME)
        .comment("JMAP objects of every type stored as JSON documents, partitioned by account and type.")
        .statement(statement -> types -> statement
            .withPartitionKey(CassandraObjectTable.ACCOUNT_ID, TEXT)
            .withPartitionKey(CassandraObjectTable.TYPE, TEXT)
            .withClusteringColumn(CassandraObjectTable.ID, TEXT)
            .withColumn(CassandraObjectTable.JSON, TEXT))
        .build();
}
