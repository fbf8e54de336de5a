package org.jmapx.server.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.configuration2.BaseConfiguration;
import org.junit.jupiter.api.Test;

class CassandraServerConfigurationTest {
    @Test
    void weakMailboxReadsWithJamesDefaultReadRepairShouldBeWarnedAbout() {
        assertThat(configuration("mailbox.read.strong.consistency", "false").mailboxReadRepairWarning())
            .hasValueSatisfying(warning -> assertThat(warning).contains("mailbox.read.repair.chance=0"));
    }

    @Test
    void weakMailboxReadsWithoutReadRepairShouldNotBeWarnedAbout() {
        BaseConfiguration properties = properties("mailbox.read.strong.consistency", "false");
        properties.setProperty("mailbox.read.repair.chance", "0");
        assertThat(CassandraServerConfiguration.from(properties).mailboxReadRepairWarning()).isEmpty();
    }

    @Test
    void strongMailboxReadsShouldNotBeWarnedAbout() {
        assertThat(configuration("mailbox.read.strong.consistency", "true").mailboxReadRepairWarning()).isEmpty();
    }

    private static CassandraServerConfiguration configuration(String key, String value) {
        return CassandraServerConfiguration.from(properties(key, value));
    }

    private static BaseConfiguration properties(String key, String value) {
        BaseConfiguration properties = new BaseConfiguration();
        properties.setProperty(key, value);
        return properties;
    }
}
