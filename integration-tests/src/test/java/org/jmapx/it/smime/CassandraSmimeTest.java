package org.jmapx.it.smime;

import org.jmapx.it.CassandraFlavour;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.smime.testing.TestPki;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

class CassandraSmimeTest implements SmimeContract {
    static final TestPki PKI = TestPki.create();

    @RegisterExtension
    @Order(1)
    static CassandraExtension CASSANDRA = new CassandraExtension();

    static final SmimeFlavour FLAVOUR = new SmimeFlavour(new CassandraFlavour(CASSANDRA), PKI.rootCertificate());

    @RegisterExtension
    @Order(2)
    static JmapxServerExtension SERVER = new JmapxServerExtension(FLAVOUR);

    @Override
    public JmapxServerExtension server() {
        return SERVER;
    }

    @Override
    public SmimeFlavour flavour() {
        return FLAVOUR;
    }

    @Override
    public TestPki pki() {
        return PKI;
    }
}
