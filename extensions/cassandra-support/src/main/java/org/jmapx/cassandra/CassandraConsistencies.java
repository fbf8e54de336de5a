package org.jmapx.cassandra;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.BoundStatement;

/** The consistency levels DAOs apply to their reads and writes, from {@link CassandraSupportConfiguration}. */
public record CassandraConsistencies(ConsistencyLevel read, ConsistencyLevel write) {
    public static final CassandraConsistencies QUORUM =
        new CassandraConsistencies(com.datastax.oss.driver.api.core.DefaultConsistencyLevel.QUORUM,
            com.datastax.oss.driver.api.core.DefaultConsistencyLevel.QUORUM);

    public static CassandraConsistencies from(CassandraSupportConfiguration configuration) {
        return new CassandraConsistencies(configuration.readConsistency(), configuration.writeConsistency());
    }

    public BoundStatement forRead(BoundStatement statement) {
        return statement.setConsistencyLevel(read);
    }

    public BoundStatement forWrite(BoundStatement statement) {
        return statement.setConsistencyLevel(write);
    }
}
