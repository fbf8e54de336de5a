package org.jmapx.it.webpush;

import org.jmapx.it.Flavour;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class MemoryWebPushVapidTest implements WebPushVapidContract {
    static final VapidFlavour FLAVOUR = new VapidFlavour(Flavour.MEMORY);
    static final LocalPushService PUSH_SERVICE = new LocalPushService();

    @RegisterExtension
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
