package org.jmapx.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultConfigurationTest {
    @TempDir
    Path conf;

    @Test
    void everyShippedConfigurationFileShouldBeListed() throws IOException, URISyntaxException {
        Path shipped = Path.of(getClass().getClassLoader().getResource(DefaultConfiguration.RESOURCE_FOLDER).toURI());

        try (Stream<Path> files = Files.list(shipped)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(DefaultConfiguration.FILES);
        }
    }

    @Test
    void writeMissingFilesShouldWriteEveryDefaultFile() {
        DefaultConfiguration.writeMissingFiles(conf);

        assertThat(conf.resolve("jmap.properties")).content().contains("jmap.version.default=rfc-8621");
        DefaultConfiguration.FILES.forEach(file -> assertThat(conf.resolve(file)).exists());
    }

    @Test
    void writeMissingFilesShouldNeverOverwriteAnOperatorsFile() throws IOException {
        Files.writeString(conf.resolve("jmap.properties"), "jmap.port=1234\n");

        DefaultConfiguration.writeMissingFiles(conf);

        assertThat(conf.resolve("jmap.properties")).content().isEqualTo("jmap.port=1234\n");
    }
}
