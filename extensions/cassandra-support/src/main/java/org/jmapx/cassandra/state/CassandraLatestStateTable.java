package org.jmapx.cassandra.state;

import com.datastax.oss.driver.api.core.CqlIdentifier;

/**
 * Column names of the latest state of each (account, type), kept without TTL so the current state
 * survives when every change-log row has expired.
 */
public interface CassandraLatestStateTable {
    String TABLE_NAME = "jmapx_change_log_latest";

    CqlIdentifier ACCOUNT_ID = CqlIdentifier.fromCql("account_id");
    CqlIdentifier TYPE = CqlIdentifier.fromCql("type");
    CqlIdentifier STATE = CqlIdentifier.fromCql("state");
}
