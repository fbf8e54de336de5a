package org.jmapx.it.contacts;

import org.jmapx.it.Flavour;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.it.contacts.AddressBookContract.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class MemoryContactCardTest implements ContactCardContract {
    @RegisterExtension
    static JmapxServerExtension SERVER = new JmapxServerExtension(Flavour.MEMORY);

    private TestUser user;

    @BeforeEach
    void createUser() {
        user = TestUser.create(SERVER);
    }

    @Override
    public JmapxServerExtension server() {
        return SERVER;
    }

    @Override
    public TestUser user() {
        return user;
    }
}
