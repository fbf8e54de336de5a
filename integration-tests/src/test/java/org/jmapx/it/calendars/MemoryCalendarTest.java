package org.jmapx.it.calendars;

import org.jmapx.it.Flavour;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class MemoryCalendarTest implements CalendarContract {
    @RegisterExtension
    static JmapxServerExtension SERVER = new JmapxServerExtension(Flavour.MEMORY);

    @Override
    public JmapxServerExtension server() {
        return SERVER;
    }
}
