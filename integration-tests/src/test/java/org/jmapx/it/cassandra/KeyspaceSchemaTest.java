package org.jmapx.it.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.james.backends.cassandra.versions.CassandraSchemaVersionDAO;
import org.apache.james.backends.cassandra.versions.SchemaVersion;
import org.apache.james.domainlist.cassandra.CassandraDomainListModule;
import org.jmapx.server.cassandra.KeyspaceSchema;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.datastax.oss.driver.api.core.CqlSession;

/** The start-up schema check of the Cassandra flavour (run by the server's CqlSession provider). */
class KeyspaceSchemaTest {
    @RegisterExtension
    static CassandraExtension CASSANDRA = new CassandraExtension();

    private CqlSession session;

    @BeforeEach
    void emptyKeyspace() {
        session = CASSANDRA.session();
        session.refreshSchema().getKeyspace(CASSANDRA.keyspace()).ifPresent(keyspace ->
            keyspace.getTables().keySet().forEach(table -> session.execute("DROP TABLE " + table.asCql(true))));
    }

    /** Prepares its statements on creation: only once the version table exists. */
    private CassandraSchemaVersionDAO jamesVersions() {
        return new CassandraSchemaVersionDAO(session);
    }

    @Test
    void anEmptyKeyspaceShouldGetItsTablesAndTheExpectedVersionsAndBeAcceptedAgain() {
        KeyspaceSchema.initialize(session, List.of(CassandraDomainListModule.MODULE));
        KeyspaceSchema.initialize(session, List.of(CassandraDomainListModule.MODULE));

        assertThat(jamesVersions().getCurrentSchemaVersion().block()).contains(KeyspaceSchema.JAMES_VERSION);
        assertThat(session.execute("SELECT * FROM domains").all()).isEmpty();
    }

    @Test
    void aKeyspaceWrittenByANewerReleaseShouldBeRefusedWithAClearMessage() {
        KeyspaceSchema.initialize(session, List.of(CassandraDomainListModule.MODULE));
        jamesVersions().updateVersion(KeyspaceSchema.JAMES_VERSION.next()).block();

        assertThatThrownBy(() -> KeyspaceSchema.initialize(session, List.of(CassandraDomainListModule.MODULE)))
            .isInstanceOf(KeyspaceSchema.SchemaVersionMismatchException.class)
            .hasMessageContaining("James " + KeyspaceSchema.JAMES_VERSION.next().getValue())
            .hasMessageContaining("expects exactly James " + KeyspaceSchema.JAMES_VERSION.getValue())
            .hasMessageContaining("newer than this server");
    }

    @Test
    void aKeyspaceAtAnOlderVersionShouldBeRefusedWithAClearMessage() {
        KeyspaceSchema.initialize(session, List.of(CassandraDomainListModule.MODULE));
        jamesVersions().truncateVersion().block();
        jamesVersions().updateVersion(new SchemaVersion(KeyspaceSchema.JAMES_VERSION.getValue() - 1)).block();

        assertThatThrownBy(() -> KeyspaceSchema.initialize(session, List.of(CassandraDomainListModule.MODULE)))
            .isInstanceOf(KeyspaceSchema.SchemaVersionMismatchException.class)
            .hasMessageContaining("older than this server");
    }

    @Test
    void aKeyspaceWithTablesButNoVersionShouldBeRefused() {
        session.execute("CREATE TABLE jmapx_objects (id text PRIMARY KEY)");

        assertThatThrownBy(() -> KeyspaceSchema.initialize(session, List.of(CassandraDomainListModule.MODULE)))
            .isInstanceOf(KeyspaceSchema.SchemaVersionMismatchException.class)
            .hasMessageContaining("no schema version");
    }
}
