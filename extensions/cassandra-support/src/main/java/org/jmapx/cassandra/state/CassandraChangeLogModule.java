package org.jmapx.cassandra.state;

import static com.datastax.oss.driver.api.core.type.DataTypes.TEXT;
import static com.datastax.oss.driver.api.core.type.DataTypes.TIMEUUID;
import static com.datastax.oss.driver.api.core.type.DataTypes.frozenSetOf;

import org.apache.james.backends.cassandra.components.CassandraModule;

import com.datastax.oss.driver.api.querybuilder.SchemaBuilder;

public interface CassandraChangeLogModule {
    CassandraModule MODULE = CassandraModule.builder()
        .table(CassandraChangeLogTable.TABLE_NAME)
        .comment("JMAP change sets per account and type, ordered by state; rows expire with a TTL.")
        // every row carries a TTL: time-window compaction drops whole expired SSTables instead of compacting tombstones
        .options(options -> options.withCompaction(SchemaBuilder.timeWindowCompactionStrategy()))
        .statement(statement -> types -> statement
            .withPartitionKey(CassandraChangeLogTable.ACCOUNT_ID, TEXT)
            .withPartitionKey(CassandraChangeLogTable.TYPE, TEXT)
            .withClusteringColumn(CassandraChangeLogTable.STATE, TIMEUUID)
            .withColumn(CassandraChangeLogTable.PREVIOUS, TEXT)
            .withColumn(CassandraChangeLogTable.CREATED, frozenSetOf(TEXT))
            .withColumn(CassandraChangeLogTable.UPDATED, frozenSetOf(TEXT))
            .withColumn(CassandraChangeLogTable.DESTROYED, frozenSetOf(TEXT)))
        .table(CassandraLatestStateTable.TABLE_NAME)
        .comment("The latest JMAP state of each account and type, kept after its change-log row expires.")
        .statement(statement -> types -> statement
            .withPartitionKey(CassandraLatestStateTable.ACCOUNT_ID, TEXT)
            .withPartitionKey(CassandraLatestStateTable.TYPE, TEXT)
            .withColumn(CassandraLatestStateTable.STATE, TIMEUUID))
        .build();
}
