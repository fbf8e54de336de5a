package org.jmapx.it.smime;

import org.jmapx.it.Flavour;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.smime.testing.TestPki;
import org.junit.jupiter.api.extension.RegisterExtension;

class MemorySmimeTest implements SmimeContract {
    static final TestPki PKI = TestPki.create();
    static final SmimeFlavour FLAVOUR = new SmimeFlavour(Flavour.MEMORY, PKI.rootCertificate());

    @RegisterExtension
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
