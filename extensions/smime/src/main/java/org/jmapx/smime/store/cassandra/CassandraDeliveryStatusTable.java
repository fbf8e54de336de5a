package org.jmapx.smime.store.cassandra;

import com.datastax.oss.driver.api.core.CqlIdentifier;

/** Column names of the remembered smimeStatusAtDelivery: one row per message. */
public interface CassandraDeliveryStatusTable {
    String TABLE_NAME = "jmapx_smime_delivery_status";

    CqlIdentifier MESSAGE_ID = CqlIdentifier.fromCql("message_id");
    CqlIdentifier STATUS = CqlIdentifier.fromCql("status");
    CqlIdentifier ERRORS = CqlIdentifier.fromCql("errors");
    CqlIdentifier VERIFIED_AT = CqlIdentifier.fromCql("verified_at");
    CqlIdentifier ANCHORS = CqlIdentifier.fromCql("anchors");
}
