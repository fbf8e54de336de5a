package org.jmapx.server;

import org.apache.james.FakeSearchMailboxModule;
import org.apache.james.GuiceJamesServer;
import org.apache.james.MemoryJamesConfiguration;
import org.apache.james.MemoryJamesServerMain;
import org.apache.james.data.UsersRepositoryModuleChooser;
import org.jmapx.binding.guice.JmapxModules;
import org.jmapx.server.cassandra.CassandraJamesServer;
import org.jmapx.server.cassandra.CassandraServerConfiguration;

/**
 * Assembles James 3.8.1 (in memory, or with its mail on Cassandra) with the JMAPX extensions. JMAP methods cannot be
 * added through extensions.properties (James puts those modules in a child injector), so JMAPX
 * ships this assembly, as Linagora's tmail-backend does for its own extensions.
 */
public final class JmapxServerFactory {
    private JmapxServerFactory() {
    }

    public static GuiceJamesServer create(ServerSettings settings) {
        return switch (settings.storage()) {
            case MEMORY -> memory(settings);
            case CASSANDRA -> cassandra(settings);
        };
    }

    private static GuiceJamesServer memory(ServerSettings settings) {
        MemoryJamesConfiguration configuration = MemoryJamesConfiguration.builder()
            .workingDirectory(settings.home().toFile())
            .usersRepository(UsersRepositoryModuleChooser.Implementation.DEFAULT)
            .enableJMAP()
            .build();
        return MemoryJamesServerMain.createServer(configuration)
            .combineWith(new FakeSearchMailboxModule(), JmapxModules.memory())
            .overrideWith(new ServerSettingsModule(settings), JmapxModules.jamesMethodOverrides());
    }

    /** James's mail and every JMAPX store in the one keyspace of conf/cassandra.properties. */
    private static GuiceJamesServer cassandra(ServerSettings settings) {
        CassandraServerConfiguration cassandra = CassandraServerConfiguration.load(settings.confDirectory().resolve("cassandra.properties"));
        MemoryJamesConfiguration configuration = MemoryJamesConfiguration.builder()
            .workingDirectory(settings.home().toFile())
            .build();
        return CassandraJamesServer.create(configuration, cassandra)
            .combineWith(new FakeSearchMailboxModule(), JmapxModules.cassandra(cassandra.jmapx()))
            .overrideWith(new ServerSettingsModule(settings), JmapxModules.jamesMethodOverrides());
    }
}
