package org.jmapx.testing.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CassandraExtensionTest {
    @RegisterExtension
    static CassandraExtension cassandra = new CassandraExtension();

    @BeforeAll
    static void createTable() {
        cassandra.session().execute("CREATE TABLE kv (k text PRIMARY KEY, v text)");
    }

    @Test
    void sessionWritesIntoTheKeyspaceOfTheTestClass() {
        cassandra.session().execute("INSERT INTO kv (k, v) VALUES ('a', 'b')");

        assertThat(cassandra.session().execute("SELECT v FROM " + cassandra.keyspace() + ".kv WHERE k = 'a'").one().getString("v"))
            .isEqualTo("b");
    }

    @Test
    void keyspaceIsNamedAfterTheTestClass() {
        assertThat(cassandra.keyspace()).startsWith("t_cassandraextensiontest_");
    }

    @Test
    void truncateAllTablesEmptiesTheTables() {
        cassandra.session().execute("INSERT INTO kv (k, v) VALUES ('x', 'y')");

        cassandra.truncateAllTables();

        assertThat(cassandra.session().execute("SELECT * FROM kv").all()).isEmpty();
    }
}
