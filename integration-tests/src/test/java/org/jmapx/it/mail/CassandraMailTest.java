package org.jmapx.it.mail;

import org.jmapx.it.CassandraFlavour;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

class CassandraMailTest implements MailContract, EmailImportContract, MailConformanceContract {
    @RegisterExtension
    @Order(1)
    static CassandraExtension CASSANDRA = new CassandraExtension();

    @RegisterExtension
    @Order(2)
    static JmapxServerExtension SERVER = new JmapxServerExtension(new CassandraFlavour(CASSANDRA));

    @Override
    public JmapxServerExtension server() {
        return SERVER;
    }
}
