package org.jmapx.it;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapx.server.Storage;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Cassandra flavour: the server's conf/cassandra.properties points at the test Cassandra and
 * at the keyspace the {@link CassandraExtension} made for the test class.
 */
public class CassandraFlavour implements Flavour {
    private final CassandraExtension cassandra;

    public CassandraFlavour(CassandraExtension cassandra) {
        this.cassandra = cassandra;
    }

    @Override
    public Storage storage() {
        return Storage.CASSANDRA;
    }

    @Override
    public void prepare(Path confDirectory, ExtensionContext context) throws Exception {
        Files.writeString(confDirectory.resolve("cassandra.properties"), """
            cassandra.nodes=%s
            cassandra.keyspace=%s
            cassandra.replication.factor=1
            cassandra.local.dc=datacenter1
            """.formatted(cassandra.contactPoints(), cassandra.keyspace()));
    }

    @Override
    public String toString() {
        return "cassandra";
    }
}
