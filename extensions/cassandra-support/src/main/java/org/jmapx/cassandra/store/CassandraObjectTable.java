package org.jmapx.cassandra.store;

import com.datastax.oss.driver.api.core.CqlIdentifier;

/** Column names of the generic object store: one partition per (account, type), one row per object. */
public interface CassandraObjectTable {
    String TABLE_NAME = "jmapx_objects";

    CqlIdentifier ACCOUNT_ID = CqlIdentifier.fromCql("account_id");
    CqlIdentifier TYPE = CqlIdentifier.fromCql("type");
    CqlIdentifier ID = CqlIdentifier.fromCql("id");
    CqlIdentifier JSON = CqlIdentifier.fromCql("json");
}
