package org.jmapx.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.apache.commons.configuration2.BaseConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.junit.jupiter.api.Test;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;

class CassandraSupportConfigurationTest {
    @Test
    void anEmptyConfigurationShouldConnectToALocalNodeAndCreateTheJmapxKeyspace() {
        CassandraSupportConfiguration configuration = CassandraSupportConfiguration.from(new BaseConfiguration());

        assertThat(configuration.cluster().getHosts()).hasSize(1);
        assertThat(configuration.cluster().getHosts().get(0).asString()).isEqualTo("127.0.0.1:9042");
        assertThat(configuration.cluster().getLocalDC()).contains("datacenter1");
        assertThat(configuration.cluster().shouldCreateKeyspace()).isTrue();
        assertThat(configuration.cluster().getUsername()).isEmpty();
        assertThat(configuration.keyspace().getKeyspace()).isEqualTo("jmapx");
        assertThat(configuration.keyspace().getReplicationFactor()).isEqualTo(1);
        assertThat(configuration.keyspace().isDurableWrites()).isTrue();
        assertThat(configuration.readConsistency()).isEqualTo(DefaultConsistencyLevel.QUORUM);
        assertThat(configuration.writeConsistency()).isEqualTo(DefaultConsistencyLevel.QUORUM);
        assertThat(configuration.changeLogRetention()).isEqualTo(Duration.ofDays(30));
        assertThat(configuration.stateCacheSize()).isEqualTo(100_000);
    }

    @Test
    void everyKeyShouldOverrideItsDefault() {
        BaseConfiguration properties = new BaseConfiguration();
        properties.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        properties.addProperty("cassandra.nodes", "10.0.0.1:9043,10.0.0.2");
        properties.addProperty("cassandra.local.dc", "dc2");
        properties.addProperty("cassandra.user", "jmapx");
        properties.addProperty("cassandra.password", "secret");
        properties.addProperty("cassandra.keyspace.create", false);
        properties.addProperty("cassandra.keyspace", "mail");
        properties.addProperty("cassandra.replication.factor", 3);
        properties.addProperty("cassandra.durable.writes", false);
        properties.addProperty("jmapx.cassandra.consistency.read", "one");
        properties.addProperty("jmapx.cassandra.consistency.write", "LOCAL_QUORUM");
        properties.addProperty("jmapx.changelog.retention", "12h");
        properties.addProperty("jmapx.changelog.state.cache.size", 0);

        CassandraSupportConfiguration configuration = CassandraSupportConfiguration.from(properties);

        assertThat(configuration.cluster().getHosts()).extracting(host -> host.asString())
            .containsExactly("10.0.0.1:9043", "10.0.0.2:9042");
        assertThat(configuration.cluster().getLocalDC()).contains("dc2");
        assertThat(configuration.cluster().getUsername()).contains("jmapx");
        assertThat(configuration.cluster().getPassword()).contains("secret");
        assertThat(configuration.cluster().shouldCreateKeyspace()).isFalse();
        assertThat(configuration.keyspace().getKeyspace()).isEqualTo("mail");
        assertThat(configuration.keyspace().getReplicationFactor()).isEqualTo(3);
        assertThat(configuration.keyspace().isDurableWrites()).isFalse();
        assertThat(configuration.readConsistency()).isEqualTo(DefaultConsistencyLevel.ONE);
        assertThat(configuration.writeConsistency()).isEqualTo(DefaultConsistencyLevel.LOCAL_QUORUM);
        assertThat(configuration.changeLogRetention()).isEqualTo(Duration.ofHours(12));
        assertThat(configuration.stateCacheSize()).isZero();
    }

    @Test
    void aNegativeStateCacheSizeShouldBeRejectedWithItsKey() {
        BaseConfiguration properties = new BaseConfiguration();
        properties.addProperty("jmapx.changelog.state.cache.size", -1);

        assertThatThrownBy(() -> CassandraSupportConfiguration.from(properties))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("jmapx.changelog.state.cache.size");
    }

    @Test
    void anUnknownConsistencyLevelShouldBeRejectedWithItsKey() {
        BaseConfiguration properties = new BaseConfiguration();
        properties.addProperty("jmapx.cassandra.consistency.read", "MOSTLY");

        assertThatThrownBy(() -> CassandraSupportConfiguration.from(properties))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("jmapx.cassandra.consistency.read");
    }
}
