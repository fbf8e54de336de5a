package org.jmapx.it.sieve;

import org.jmapx.it.Flavour;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class MemorySieveTest implements SieveScriptContract, SieveDeliveryContract {
    static final SieveFlavour FLAVOUR = new SieveFlavour(Flavour.MEMORY);

    @RegisterExtension
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
