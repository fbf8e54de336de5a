package org.jmapx.server;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start a JMAPX server: its home (conf/ and var/), the storage flavour and the listening
 * ports. Ports given here win over conf/jmap.properties and conf/webadmin.properties, so that a
 * command-line switch or a test can move them without editing files.
 */
public record ServerSettings(Path home, Storage storage, Optional<Integer> jmapPort, Optional<Integer> webAdminPort) {
    public static ServerSettings of(Path home, Storage storage) {
        return new ServerSettings(home, storage, Optional.empty(), Optional.empty());
    }

    public ServerSettings withJmapPort(int port) {
        return new ServerSettings(home, storage, Optional.of(port), webAdminPort);
    }

    public ServerSettings withWebAdminPort(int port) {
        return new ServerSettings(home, storage, jmapPort, Optional.of(port));
    }

    public Path confDirectory() {
        return home.resolve("conf");
    }
}
