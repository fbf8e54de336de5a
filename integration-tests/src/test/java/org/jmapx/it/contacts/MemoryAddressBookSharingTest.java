package org.jmapx.it.contacts;

import org.jmapx.it.Flavour;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class MemoryAddressBookSharingTest implements AddressBookSharingContract {
    @RegisterExtension
    static JmapxServerExtension SERVER = new JmapxServerExtension(Flavour.MEMORY);

    @Override
    public JmapxServerExtension server() {
        return SERVER;
    }
}
