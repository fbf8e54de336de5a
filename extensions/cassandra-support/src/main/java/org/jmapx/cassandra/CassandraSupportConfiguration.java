package org.jmapx.cassandra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.commons.configuration2.BaseConfiguration;
import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.backends.cassandra.init.configuration.ClusterConfiguration;
import org.apache.james.backends.cassandra.init.configuration.KeyspaceConfiguration;
import org.apache.james.util.DurationParser;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;

/**
 * What {@code cassandra.properties} says about JMAPX's Cassandra. The connection keys are James's own
 * (read by James's {@link ClusterConfiguration}), so one file can serve James and JMAPX.
 *
 * <table>
 * <tr><th>key</th><th>default</th></tr>
 * <tr><td>cassandra.nodes</td><td>127.0.0.1:9042 (comma separated host[:port])</td></tr>
 * <tr><td>cassandra.local.dc</td><td>datacenter1</td></tr>
 * <tr><td>cassandra.user / cassandra.password</td><td>none (both or neither)</td></tr>
 * <tr><td>cassandra.keyspace.create</td><td>true: create the keyspace at start-up if missing</td></tr>
 * <tr><td>cassandra.keyspace</td><td>jmapx</td></tr>
 * <tr><td>cassandra.replication.factor</td><td>1</td></tr>
 * <tr><td>cassandra.durable.writes</td><td>true</td></tr>
 * <tr><td>jmapx.cassandra.consistency.read</td><td>QUORUM</td></tr>
 * <tr><td>jmapx.cassandra.consistency.write</td><td>QUORUM</td></tr>
 * <tr><td>jmapx.changelog.retention</td><td>30d (James duration syntax: 12h, 30d, ...)</td></tr>
 * <tr><td>jmapx.changelog.state.cache.size</td><td>100000 (account and type pairs whose latest state is
 * kept in memory; 0 when several servers share the keyspace, see {@code StateCachingChangeLog})</td></tr>
 * </table>
 *
 * <p>Reads and writes default to QUORUM so that a read sees the latest write: the change log reads the
 * current state before it appends, and a stale read there only costs clients a full resync.
 */
public record CassandraSupportConfiguration(ClusterConfiguration cluster, KeyspaceConfiguration keyspace,
                                            ConsistencyLevel readConsistency, ConsistencyLevel writeConsistency,
                                            Duration changeLogRetention, long stateCacheSize) {
    public static final String NODES = "cassandra.nodes";
    public static final String KEYSPACE = "cassandra.keyspace";
    public static final String REPLICATION_FACTOR = "cassandra.replication.factor";
    public static final String DURABLE_WRITES = "cassandra.durable.writes";
    public static final String READ_CONSISTENCY = "jmapx.cassandra.consistency.read";
    public static final String WRITE_CONSISTENCY = "jmapx.cassandra.consistency.write";
    public static final String CHANGE_LOG_RETENTION = "jmapx.changelog.retention";
    public static final String STATE_CACHE_SIZE = "jmapx.changelog.state.cache.size";

    public static final String DEFAULT_NODES = "127.0.0.1:9042";
    public static final String DEFAULT_LOCAL_DC = "datacenter1";
    public static final String DEFAULT_KEYSPACE = "jmapx";
    public static final Duration DEFAULT_CHANGE_LOG_RETENTION = Duration.ofDays(30);
    public static final long DEFAULT_STATE_CACHE_SIZE = 100_000;

    public static CassandraSupportConfiguration load(Path propertiesFile) {
        PropertiesConfiguration properties = new PropertiesConfiguration();
        try (var reader = Files.newBufferedReader(propertiesFile)) {
            properties.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + propertiesFile, e);
        } catch (ConfigurationException e) {
            throw new IllegalArgumentException("invalid " + propertiesFile + ": " + e.getMessage(), e);
        }
        return from(properties);
    }

    public static CassandraSupportConfiguration from(Configuration configuration) {
        Configuration withDefaults = withClusterDefaults(configuration);
        return new CassandraSupportConfiguration(
            ClusterConfiguration.from(withDefaults),
            KeyspaceConfiguration.builder()
                .keyspace(configuration.getString(KEYSPACE, DEFAULT_KEYSPACE))
                .replicationFactor(configuration.getInt(REPLICATION_FACTOR, 1))
                .durableWrites(configuration.getBoolean(DURABLE_WRITES, true)),
            consistency(configuration, READ_CONSISTENCY),
            consistency(configuration, WRITE_CONSISTENCY),
            DurationParser.parse(configuration.getString(CHANGE_LOG_RETENTION, DEFAULT_CHANGE_LOG_RETENTION.toDays() + "d")),
            stateCacheSize(configuration));
    }

    /** James's defaults suit a James server (no keyspace creation, no nodes); JMAPX must start on its own. */
    private static Configuration withClusterDefaults(Configuration configuration) {
        BaseConfiguration result = new BaseConfiguration();
        result.setListDelimiterHandler(new org.apache.commons.configuration2.convert.DefaultListDelimiterHandler(','));
        result.addProperty(NODES, DEFAULT_NODES);
        result.addProperty(ClusterConfiguration.CASSANDRA_LOCAL_DC, DEFAULT_LOCAL_DC);
        result.addProperty(ClusterConfiguration.CASSANDRA_CREATE_KEYSPACE, true);
        configuration.getKeys().forEachRemaining(key -> result.setProperty(key, configuration.getProperty(key)));
        return result;
    }

    private static long stateCacheSize(Configuration configuration) {
        long size = configuration.getLong(STATE_CACHE_SIZE, DEFAULT_STATE_CACHE_SIZE);
        if (size < 0) {
            throw new IllegalArgumentException(STATE_CACHE_SIZE + " must be 0 (no cache) or positive; was " + size);
        }
        return size;
    }

    private static ConsistencyLevel consistency(Configuration configuration, String key) {
        String value = configuration.getString(key, DefaultConsistencyLevel.QUORUM.name());
        try {
            return DefaultConsistencyLevel.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be a consistency level such as ONE, QUORUM, LOCAL_QUORUM; was " + value, e);
        }
    }
}
