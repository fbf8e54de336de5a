package org.jmapx.server.cassandra;

import org.apache.james.GuiceJamesServer;
import org.apache.james.MemoryJamesServerMain;
import org.apache.james.jmap.draft.JMAPListenerModule;
import org.apache.james.modules.BlobExportMechanismModule;
import org.apache.james.modules.MailboxModule;
import org.apache.james.modules.MailetProcessingModule;
import org.apache.james.modules.protocols.JMAPServerModule;
import org.apache.james.modules.protocols.JmapEventBusModule;
import org.apache.james.modules.queue.memory.MemoryMailQueueModule;
import org.apache.james.modules.server.DKIMMailetModule;
import org.apache.james.modules.server.JmapTasksModule;
import org.apache.james.modules.server.TaskManagerModule;
import org.apache.james.modules.vault.DeletedMessageVaultModule;
import org.apache.james.server.core.configuration.Configuration;

import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * James 3.8.1 with its mail on Cassandra: James's storage-independent modules (mailet container,
 * protocols, JMAP, WebAdmin, in-VM event bus and task manager, in-memory mail queue) plus this
 * package's Cassandra wiring, in place of the memory app's storage modules.
 */
public final class CassandraJamesServer {
    /** What the memory app runs that does not store anything itself. */
    private static final Module STORAGE_INDEPENDENT = Modules.combine(
        new MailetProcessingModule(),
        new DeletedMessageVaultModule(),
        new BlobExportMechanismModule(),
        new MailboxModule(),
        new MemoryMailQueueModule(),
        new TaskManagerModule(),
        MemoryJamesServerMain.PROTOCOLS,
        new JmapEventBusModule(),
        new JmapTasksModule(),
        new JMAPServerModule(),
        new JMAPListenerModule(),
        MemoryJamesServerMain.WEBADMIN,
        new DKIMMailetModule());

    private CassandraJamesServer() {
    }

    public static GuiceJamesServer create(Configuration configuration, CassandraServerConfiguration cassandra) {
        return GuiceJamesServer.forConfiguration(configuration)
            .combineWith(STORAGE_INDEPENDENT, storage(cassandra))
            .overrideWith(new CassandraMailRepositoryModule());
    }

    /** Every Cassandra binding of James, on one session. */
    public static Module storage(CassandraServerConfiguration cassandra) {
        return Modules.combine(
            new CassandraSessionModule(cassandra),
            new CassandraEventStoreModule(),
            new CassandraBlobStoreModule(),
            new CassandraDataModule(),
            new CassandraMailboxModule(),
            new CassandraJmapDataModule());
    }
}
