package org.jmapx.binding.guice;

import org.jmapx.binding.mail.MailConformanceModule;
import org.jmapx.binding.mail.MailMethodOverridesModule;
import org.jmapx.binding.sharing.SharingJmapModule;
import org.jmapx.binding.smime.SmimeCassandraStorageModule;
import org.jmapx.binding.smime.SmimeJmapModule;
import org.jmapx.binding.smime.SmimeMemoryStorageModule;
import org.jmapx.binding.smime.SmimeMethodOverridesModule;
import org.jmapx.cassandra.CassandraStoresModule;
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
        return Modules.combine(extensions(), new MemoryStorageModule(), new SmimeMemoryStorageModule());
    }

    /**
     * JMAPX stores and change log in Cassandra, on the {@code CqlSession} of a James Cassandra server
     * (which creates the tables JMAPX adds to its {@code Set<CassandraModule>}): combine with such a server,
     * e.g. JMAPX's {@code org.jmapx.server.cassandra.CassandraJamesServer}.
     */
    public static Module cassandra(CassandraSupportConfiguration configuration) {
        return Modules.combine(extensions(), new CassandraStoresModule(configuration), new SmimeCassandraStorageModule());
    }

    /**
     * What JMAPX changes in James's own methods and routes (S/MIME in Email/get, /query, /set; a byte-exact
     * Email/import, ADR 0006; request limits; shared accounts in the session): give it to
     * {@code overrideWith}, since it rebinds James's classes.
     */
    public static Module jamesMethodOverrides() {
        return Modules.combine(new SmimeMethodOverridesModule(), new MailMethodOverridesModule(),
            new org.jmapx.binding.limits.RequestLimitsModule(), new org.jmapx.binding.session.SessionRoutesModule(),
            new org.jmapx.binding.webpush.VapidOverridesModule());
    }

    private static Module extensions() {
        return Modules.combine(new JmapxCoreModule(), new ContactsJmapModule(), new CalendarsJmapModule(), new SmimeJmapModule(),
            new SharingJmapModule(), new org.jmapx.binding.sieve.SieveJmapModule(), new org.jmapx.binding.webpush.WebPushVapidModule(),
            new MailConformanceModule());
    }
}
