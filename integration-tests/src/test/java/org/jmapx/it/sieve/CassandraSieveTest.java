package org.jmapx.it.sieve;

import org.jmapx.it.CassandraFlavour;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

class CassandraSieveTest implements SieveScriptContract, SieveDeliveryContract {
    @RegisterExtension
    @Order(1)
    static CassandraExtension CASSANDRA = new CassandraExtension();

    static final SieveFlavour FLAVOUR = new SieveFlavour(new CassandraFlavour(CASSANDRA));

    @RegisterExtension
    @Order(2)
    static JmapxServerExtension SERVER = new JmapxServerExtension(FLAVOUR);

    @Override
    public JmapxServerExtension server() {
        return SERVER;
    }

    @Override
    public SieveFlavour flavour() {
        return FLAVOUR;
    }
}
