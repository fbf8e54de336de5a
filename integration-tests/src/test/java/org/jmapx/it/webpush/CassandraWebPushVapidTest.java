package org.jmapx.it.webpush;

import org.jmapx.it.CassandraFlavour;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

class CassandraWebPushVapidTest implements WebPushVapidContract {
    static final LocalPushService PUSH_SERVICE = new LocalPushService();

    @RegisterExtension
    @Order(1)
    static CassandraExtension CASSANDRA = new CassandraExtension();

    static final VapidFlavour FLAVOUR = new VapidFlavour(new CassandraFlavour(CASSANDRA));

    @RegisterExtension
    @Order(2)
    static JmapxServerExtension SERVER = new JmapxServerExtension(FLAVOUR);

    @AfterAll
    static void stopPushService() {
        PUSH_SERVICE.close();
    }

    @Override
    public JmapxServerExtension server() {
        return SERVER;
    }

    @Override
    public VapidFlavour flavour() {
        return FLAVOUR;
    }

    @Override
    public LocalPushService pushService() {
        return PUSH_SERVICE;
    }
}
