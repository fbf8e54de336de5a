package org.jmapx.it.sharing;

import org.jmapx.it.Flavour;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class MemoryPrincipalTest implements PrincipalContract {
    @RegisterExtension
    static JmapxServerExtension SERVER = new JmapxServerExtension(Flavour.MEMORY);

    @Override
    public JmapxServerExtension server() {
        return SERVER;
    }
}
