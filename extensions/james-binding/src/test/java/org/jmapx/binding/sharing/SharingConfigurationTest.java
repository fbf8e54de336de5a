package org.jmapx.binding.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.apache.commons.configuration2.BaseConfiguration;
import org.junit.jupiter.api.Test;

class SharingConfigurationTest {
    @Test
    void notificationsShouldBeKeptThirtyDaysByDefault() {
        assertThat(SharingConfiguration.from(new BaseConfiguration()).notificationRetention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void theRetentionShouldBeReadInJamesDurationSyntax() {
        BaseConfiguration configuration = new BaseConfiguration();
        configuration.addProperty(SharingConfiguration.RETENTION, "12h");

        assertThat(SharingConfiguration.from(configuration).notificationRetention()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void aBareNumberShouldBeDays() {
        BaseConfiguration configuration = new BaseConfiguration();
        configuration.addProperty(SharingConfiguration.RETENTION, "7");

        assertThat(SharingConfiguration.from(configuration).notificationRetention()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aZeroRetentionShouldBeRefused() {
        BaseConfiguration configuration = new BaseConfiguration();
        configuration.addProperty(SharingConfiguration.RETENTION, "0d");

        assertThatThrownBy(() -> SharingConfiguration.from(configuration))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SharingConfiguration.RETENTION);
    }
}
