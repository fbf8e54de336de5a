package org.jmapx.smime.certs.cassandra;

import com.datastax.oss.driver.api.core.CqlIdentifier;

/** Recipient certificates: partition per owner ("#directory" = operator directory), one row per address. */
public interface CassandraRecipientCertificateTable {
    String TABLE_NAME = "jmapx_smime_recipient_certificates";

    CqlIdentifier OWNER = CqlIdentifier.fromCql("owner");
    CqlIdentifier ADDRESS = CqlIdentifier.fromCql("address");
    CqlIdentifier CERTIFICATE = CqlIdentifier.fromCql("certificate");
}
