package org.jmapx.testing.cassandra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds mvn: the running Maven's own launcher when there is one (exec:java), else the one on the PATH. */
final class MavenCommand {
    private MavenCommand() {
    }

    static String locate() {
        return Optional.ofNullable(System.getProperty("maven.home"))
            .map(home -> Path.of(home, "bin", "mvn"))
            .filter(Files::isExecutable)
            .map(Path::toString)
            .orElse("mvn");
    }
}
