package org.jmapx.binding.sieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SieveLimitsTest {
    private static SieveLimits from(Map<String, String> properties) {
        return SieveLimits.from(key -> Optional.ofNullable(properties.get(key)));
    }

    @Test
    void noPropertiesShouldGiveTheDefaults() {
        assertThat(from(Map.of())).isEqualTo(SieveLimits.DEFAULT);
    }

    @Test
    void noneShouldMeanNoLimit() {
        SieveLimits limits = from(Map.of("sieve.maxSizeScript", "none", "sieve.maxNumberScripts", "5"));

        assertThat(limits.maxSizeScript()).isEmpty();
        assertThat(limits.maxNumberScripts()).contains(5L);
    }

    @Test
    void aNameLimitBelowManageSievesMinimumShouldBeRefused() {
        assertThatThrownBy(() -> from(Map.of("sieve.maxSizeScriptName", "100"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroLimitShouldBeRefused() {
        assertThatThrownBy(() -> from(Map.of("sieve.maxNumberScripts", "0"))).isInstanceOf(IllegalArgumentException.class);
    }
}
