package org.jmapx.cassandra.state;

import com.datastax.oss.driver.api.core.CqlIdentifier;

/**
 * Column names of the change log: one partition per (account, type), one row per appended change set,
 * ordered by its state (a time-based UUID). Rows expire with a TTL.
 */
public interface CassandraChangeLogTable {
    String TABLE_NAME = "jmapx_change_log";

    CqlIdentifier ACCOUNT_ID = CqlIdentifier.fromCql("account_id");
    CqlIdentifier TYPE = CqlIdentifier.fromCql("type");
    CqlIdentifier STATE = CqlIdentifier.fromCql("state");
    CqlIdentifier PREVIOUS = CqlIdentifier.fromCql("previous");
    CqlIdentifier CREATED = CqlIdentifier.fromCql("created");
    CqlIdentifier UPDATED = CqlIdentifier.fromCql("updated");
    CqlIdentifier DESTROYED = CqlIdentifier.fromCql("destroyed");
    CqlIdentifier TTL = CqlIdentifier.fromCql("ttl");
}
