package org.jmapx.binding.guice;

import org.jmapx.cassandra.CassandraStorageModule;
import org.jmapx.cassandra.CassandraSupportConfiguration;

import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * Every JMAPX extension, per storage flavour, ready to combine with a James server:
 * {@code MemoryJamesServerMain.createServer(configuration).combineWith(JmapxModules.memory())}.
 */
public final class JmapxModules {
    private JmapxModules() {
    }

    public static Module memory() {
        return Modules.combine(extensions(), new MemoryStorageModule());
    }

    /** JMAPX stores and change log in Cassandra (see conf/cassandra.properties). */
    public static Module cassandra(CassandraSupportConfiguration configuration) {
        return Modules.combine(extensions(), new CassandraStorageModule(configuration), new CqlSessionLifecycleModule());
    }

    private static Module extensions() {
        return Modules.combine(new JmapxCoreModule(), new ContactsJmapModule());
    }
}
