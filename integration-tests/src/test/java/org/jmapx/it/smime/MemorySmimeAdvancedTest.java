package org.jmapx.it.smime;

import org.jmapx.it.Flavour;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.testing.TestPki;
import org.junit.jupiter.api.extension.RegisterExtension;

class MemorySmimeAdvancedTest implements SmimeAdvancedContract {
    static final TestPki PKI = TestPki.create();
    static final SigningIdentity BOB_IDENTITY = PKI.user(JmapxServerExtension.BOB);

    @RegisterExtension
    static JmapxServerExtension SERVER = new JmapxServerExtension(new SmimeFlavour(Flavour.MEMORY, PKI.rootCertificate()));

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
