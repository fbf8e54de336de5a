package org.jmapx.it.contacts;

import org.jmapx.it.CassandraFlavour;
import org.jmapx.it.JmapxServerExtension;
import org.jmapx.it.contacts.AddressBookContract.TestUser;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

class CassandraContactCardTest implements ContactCardContract {
    @RegisterExtension
    @Order(1)
    static CassandraExtension CASSANDRA = new CassandraExtension();

    @RegisterExtension
    @Order(2)
    static JmapxServerExtension SERVER = new JmapxServerExtension(new CassandraFlavour(CASSANDRA));

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
