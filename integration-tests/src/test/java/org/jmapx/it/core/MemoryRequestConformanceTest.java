package org.jmapx.it.core;

import org.jmapx.it.Flavour;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class MemoryRequestConformanceTest implements RequestConformanceContract {
    @RegisterExtension
    static JmapxServerExtension SERVER = new JmapxServerExtension(Flavour.MEMORY);

    @Override
    public JmapxServerExtension server() {
        return SERVER;
    }
}
