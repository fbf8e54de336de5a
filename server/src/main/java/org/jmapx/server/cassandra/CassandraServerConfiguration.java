package org.jmapx.server.cassandra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.configuration2.BaseConfiguration;
import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.backends.cassandra.init.configuration.CassandraConfiguration;
import org.apache.james.backends.cassandra.init.configuration.ClusterConfiguration;
import org.apache.james.backends.cassandra.init.configuration.KeyspaceConfiguration;
import org.jmapx.cassandra.CassandraSupportConfiguration;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;

/**
 * Everything {@code conf/cassandra.properties} says, for James's mail and JMAPX alike (one keyspace).
 *
 * <table>
 * <tr><th>key</th><th>default</th><th>what</th></tr>
 * <tr><td>cassandra.nodes</td><td>127.0.0.1:9042</td><td>contact points, comma separated host[:port]</td></tr>
 * <tr><td>cassandra.local.dc</td><td>datacenter1</td><td>the driver only routes to this data centre</td></tr>
 * <tr><td>cassandra.user / cassandra.password</td><td>none</td><td>both or neither</td></tr>
 * <tr><td>cassandra.keyspace</td><td>jmapx</td><td>every James and JMAPX table lives here</td></tr>
 * <tr><td>cassandra.keyspace.create</td><td>true</td><td>create the keyspace (SimpleStrategy) if missing</td></tr>
 * <tr><td>cassandra.replication.factor</td><td>1</td><td>used only when JMAPX creates the keyspace</td></tr>
 * <tr><td>cassandra.consistency.read</td><td>QUORUM</td><td>reads (SELECT) without a level of their own</td></tr>
 * <tr><td>cassandra.consistency.write</td><td>QUORUM</td><td>writes without a level of their own</td></tr>
 * <tr><td>cassandra.consistency.serial</td><td>SERIAL</td><td>lightweight transactions (SERIAL or LOCAL_SERIAL)</td></tr>
 * <tr><td>cassandra.request.timeout</td><td>5s</td><td>driver request timeout</td></tr>
 * </table>
 *
 * <p>James's own tuning keys (e.g. {@code mailbox.read.strong.consistency}) are read from the same file by
 * {@link CassandraConfiguration#from}; JMAPX's {@code jmapx.changelog.retention} by {@link CassandraSupportConfiguration}.
 */
public record CassandraServerConfiguration(ClusterConfiguration cluster, KeyspaceConfiguration keyspace,
                                           ConsistencyLevel readConsistency, ConsistencyLevel writeConsistency,
                                           ConsistencyLevel serialConsistency, Duration requestTimeout,
                                           CassandraConfiguration james, CassandraSupportConfiguration jmapx) {
    public static final String READ_CONSISTENCY = "cassandra.consistency.read";
    public static final String WRITE_CONSISTENCY = "cassandra.consistency.write";
    public static final String SERIAL_CONSISTENCY = "cassandra.consistency.serial";
    public static final String REQUEST_TIMEOUT = "cassandra.request.timeout";

    public static CassandraServerConfiguration load(Path propertiesFile) {
        PropertiesConfiguration properties = new PropertiesConfiguration();
        properties.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        try (var reader = Files.newBufferedReader(propertiesFile)) {
            properties.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + propertiesFile, e);
        } catch (ConfigurationException e) {
            throw new IllegalArgumentException("invalid " + propertiesFile + ": " + e.getMessage(), e);
        }
        return from(properties);
    }

    public static CassandraServerConfiguration from(Configuration properties) {
        ConsistencyLevel read = consistency(properties, READ_CONSISTENCY, DefaultConsistencyLevel.QUORUM);
        ConsistencyLevel write = consistency(properties, WRITE_CONSISTENCY, DefaultConsistencyLevel.QUORUM);
        ConsistencyLevel serial = consistency(properties, SERIAL_CONSISTENCY, DefaultConsistencyLevel.SERIAL);
        if (!serial.isSerial()) {
            throw new IllegalArgumentException(SERIAL_CONSISTENCY + " must be SERIAL or LOCAL_SERIAL, was " + serial);
        }
        // JMAPX's stores take the same levels as James's DAOs unless told otherwise
        BaseConfiguration jmapxProperties = copy(properties);
        setIfAbsent(jmapxProperties, CassandraSupportConfiguration.READ_CONSISTENCY, read.name());
        setIfAbsent(jmapxProperties, CassandraSupportConfiguration.WRITE_CONSISTENCY, write.name());
        CassandraSupportConfiguration jmapx = CassandraSupportConfiguration.from(jmapxProperties);
        return new CassandraServerConfiguration(jmapx.cluster(), jmapx.keyspace(), read, write, serial,
            Duration.ofMillis(org.apache.james.util.DurationParser.parse(properties.getString(REQUEST_TIMEOUT, "5s")).toMillis()),
            CassandraConfiguration.from(properties), jmapx);
    }

    /**
     * James's mailbox read repair ({@code mailbox.read.repair.chance}, 0.1 by default) reads the mailbox path
     * table ({@code mailboxpathv3}) with the LWT profile, at SERIAL, whatever {@code mailbox.read.strong.consistency}
     * says: that share of mailbox reads (Mailbox/get checks the default mailboxes by path) fails while a
     * quorum of replicas is missing. Empty unless weak mailbox reads were asked for with a read repair chance.
     */
    public Optional<String> mailboxReadRepairWarning() {
        if (james.isMailboxReadStrongConsistency() || james.getMailboxReadRepair() <= 0) {
            return Optional.empty();
        }
        return Optional.of("mailbox.read.strong.consistency=false, but mailbox.read.repair.chance="
            + james.getMailboxReadRepair() + " still reads that share of mailbox paths at SERIAL (a quorum of"
            + " replicas): Mailbox/get fails at random while a quorum is missing. Set mailbox.read.repair.chance=0"
            + " for mailbox reads to survive it (docs/operators/cassandra.md)");
    }

    private static BaseConfiguration copy(Configuration properties) {
        BaseConfiguration copy = new BaseConfiguration();
        copy.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        properties.getKeys().forEachRemaining(key -> copy.setProperty(key, properties.getProperty(key)));
        return copy;
    }

    private static void setIfAbsent(Configuration configuration, String key, String value) {
        if (!configuration.containsKey(key)) {
            configuration.setProperty(key, value);
        }
    }

    private static ConsistencyLevel consistency(Configuration configuration, String key, DefaultConsistencyLevel defaultLevel) {
        String value = configuration.getString(key, defaultLevel.name());
        try {
            return DefaultConsistencyLevel.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be a consistency level such as ONE, QUORUM, LOCAL_QUORUM, ALL; was " + value, e);
        }
    }
}
