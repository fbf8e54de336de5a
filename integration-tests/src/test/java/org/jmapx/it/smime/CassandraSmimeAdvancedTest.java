package org.jmapx.it.smime;

import org.jmapx.it.CassandraFlavour;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.testing.TestPki;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

class CassandraSmimeAdvancedTest implements SmimeAdvancedContract {
    static final TestPki PKI = TestPki.create();
    static final SigningIdentity BOB_IDENTITY = PKI.user(JmapxServerExtension.BOB);

    @RegisterExtension
    @Order(1)
    static CassandraExtension CASSANDRA = new CassandraExtension();

    @RegisterExtension
    @Order(2)
    static JmapxServerExtension SERVER = new JmapxServerExtension(new SmimeFlavour(new CassandraFlavour(CASSANDRA), PKI.rootCertificate()));

    @Override
    public JmapxServerExtension server() {
        return SERVER;
    }

    @Override
    public TestPki pki() {
        return PKI;
    }

    @Override
    public SigningIdentity bobIdentity() {
        return BOB_IDENTITY;
    }
}
