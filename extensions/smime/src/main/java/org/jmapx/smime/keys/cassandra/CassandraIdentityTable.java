package org.jmapx.smime.keys.cassandra;

import com.datastax.oss.driver.api.core.CqlIdentifier;

/** One row per user: the encrypted private key and the DER certificate chain. */
public interface CassandraIdentityTable {
    String TABLE_NAME = "jmapx_smime_identities";

    CqlIdentifier USER = CqlIdentifier.fromCql("user");
    CqlIdentifier ENCRYPTED_KEY = CqlIdentifier.fromCql("encrypted_key");
    CqlIdentifier CERTIFICATES = CqlIdentifier.fromCql("certificates");
}
