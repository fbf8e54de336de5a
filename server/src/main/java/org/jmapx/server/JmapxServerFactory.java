package org.jmapx.server;

import org.apache.james.FakeSearchMailboxModule;
import org.apache.james.GuiceJamesServer;
import org.apache.james.MemoryJamesConfiguration;
import org.apache.james.MemoryJamesServerMain;
import org.apache.james.data.UsersRepositoryModuleChooser;
import org.jmapx.binding.guice.JmapxModules;
import org.jmapx.cassandra.CassandraSupportConfiguration;

import com.google.inject.Module;

/**
 * Assembles James 3.8.1's in-memory server with the JMAPX extensions. JMAP methods cannot be
 * added through extensions.properties (James puts those modules in a child injector), so JMAPX
 * ships this assembly, as Linagora's tmail-backend does for its own extensions.
 */
public final class JmapxServerFactory {
    private JmapxServerFactory() {
    }

    public static GuiceJamesServer create(ServerSettings settings) {
        MemoryJamesConfiguration configuration = MemoryJamesConfiguration.builder()
            .workingDirectory(settings.home().toFile())
            .usersRepository(UsersRepositoryModuleChooser.Implementation.DEFAULT)
            .enableJMAP()
            .build();
        return MemoryJamesServerMain.createServer(configuration)
            .combineWith(new FakeSearchMailboxModule(), jmapxModules(settings))
            .overrideWith(new ServerSettingsModule(settings));
    }

    private static Module jmapxModules(ServerSettings settings) {
        return switch (settings.storage()) {
            case MEMORY -> JmapxModules.memory();
            case CASSANDRA -> JmapxModules.cassandra(
                CassandraSupportConfiguration.load(settings.confDirectory().resolve("cassandra.properties")));
        };
    }
}
