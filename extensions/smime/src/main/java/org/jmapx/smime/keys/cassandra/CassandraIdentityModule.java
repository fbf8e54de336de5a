package org.jmapx.smime.keys.cassandra;

import static com.datastax.oss.driver.api.core.type.DataTypes.BLOB;
import static com.datastax.oss.driver.api.core.type.DataTypes.TEXT;
import static com.datastax.oss.driver.api.core.type.DataTypes.frozenListOf;

import org.apache.james.backends.cassandra.components.CassandraModule;

public interface CassandraIdentityModule {
    CassandraModule MODULE = CassandraModule.table(CassandraIdentityTable.TABLE_NAME)
        .comment("S/MIME identities per user: AES-GCM encrypted private key (smime.keys.secret) and certificate chain.")
        .statement(statement -> types -> statement
            .withPartitionKey(CassandraIdentityTable.USER, TEXT)
            .withColumn(CassandraIdentityTable.ENCRYPTED_KEY, BLOB)
            .withColumn(CassandraIdentityTable.CERTIFICATES, frozenListOf(BLOB)))
        .build();
}
