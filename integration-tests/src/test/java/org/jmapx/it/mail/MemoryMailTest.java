package org.jmapx.it.mail;

import org.jmapx.it.Flavour;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class MemoryMailTest implements MailContract, EmailImportContract, MailConformanceContract {
    @RegisterExtension
    static JmapxServerExtension SERVER = new JmapxServerExtension(Flavour.MEMORY);

    @Override
    public JmapxServerExtension server() {
        return SERVER;
    }
}
