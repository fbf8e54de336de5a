package org.jmapx.binding.webpush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class VapidConfigurationTest {
    private static final Path CONF = Path.of("/srv/jmapx/conf");

    @Test
    void defaultsShouldPutTheKeyInConf() {
        VapidConfiguration configuration = VapidConfiguration.defaults(CONF);

        assertThat(configuration.keyFile()).isEqualTo(CONF.resolve("vapid-key.pem"));
        assertThat(configuration.subject()).isEqualTo(VapidConfiguration.DEFAULT_SUBJECT);
    }

    @Test
    void aSubjectThatIsNeitherMailtoNorHttpsShouldBeRefused() {
        assertThatThrownBy(() -> VapidConfiguration.from(key -> Optional.ofNullable(Map.of("vapid.subject", "ops@example.com").get(key)), CONF))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
