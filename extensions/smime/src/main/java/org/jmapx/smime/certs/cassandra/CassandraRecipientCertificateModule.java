package org.jmapx.smime.certs.cassandra;

import static com.datastax.oss.driver.api.core.type.DataTypes.BLOB;
import static com.datastax.oss.driver.api.core.type.DataTypes.TEXT;

import org.apache.james.backends.cassandra.components.CassandraModule;

public interface CassandraRecipientCertificateModule {
    CassandraModule MODULE = CassandraModule.table(CassandraRecipientCertificateTable.TABLE_NAME)
        .comment("S/MIME recipient certificates (DER): operator directory (owner #directory) and learned per user.")
        .statement(statement -> types -> statement
            .withPartitionKey(CassandraRecipientCertificateTable.OWNER, TEXT)
            .withClusteringColumn(CassandraRecipientCertificateTable.ADDRESS, TEXT)
            .withColumn(CassandraRecipientCertificateTable.CERTIFICATE, BLOB))
        .build();
}
