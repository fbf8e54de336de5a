package org.jmapx.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./jmapx run} rebuilds only when a source changed since the last successful build. It runs the
 * real script in a copy of the project's layout, with a Maven that only counts its calls and a
 * distribution that exits at once.
 */
class JmapxRunScriptTest {
    private static final Path SCRIPT = Path.of("..", "jmapx");

    @TempDir
    Path root;

    private Path source;
    private Path mavenCalls;

    @BeforeEach
    void layOutAFreshClone() throws IOException {
        Files.copy(SCRIPT, root.resolve("jmapx"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        source = root.resolve("extensions/engine/src/main/java/A.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class A {}");
        Files.createDirectories(root.resolve("server/src/main/java"));
        Files.createDirectories(root.resolve("testing"));
        Path server = root.resolve("server/target/jmapx-server/jmapx-server/bin/jmapx-server");
        Files.createDirectories(server.getParent());
        executable(server, "#!/usr/bin/env bash\nexit 0\n");
        mavenCalls = root.resolve("maven-calls");
        executable(root.resolve("fake-mvn"), "#!/usr/bin/env bash\necho \"$*\" >> '" + mavenCalls + "'\n");
        // as in a fresh clone: Maven copied the distribution's mtime from a source older than the others
        Files.setLastModifiedTime(server, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    private static void executable(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private int runs() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("jmapx").toString(), "run", "--no-demo")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("run.log").toFile());
        builder.environment().put("MVN", root.resolve("fake-mvn").toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(root.resolve("run.log"))).isZero();
        return Files.exists(mavenCalls) ? Files.readAllLines(mavenCalls).size() : 0;
    }

    @Test
    void theFirstRunShouldBuildAndTheNextOnesShouldNotAlthoughSourcesAreNewerThanTheDistribution() throws Exception {
        assertThat(runs()).isEqualTo(1);
        assertThat(runs()).isEqualTo(1);
        assertThat(runs()).isEqualTo(1);
    }

    @Test
    void aSourceChangedAfterTheLastBuildShouldRebuildOnce() throws Exception {
        runs();

        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(runs()).isEqualTo(2);
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().minusSeconds(5)));
        assertThat(runs()).isEqualTo(2);
    }
}
