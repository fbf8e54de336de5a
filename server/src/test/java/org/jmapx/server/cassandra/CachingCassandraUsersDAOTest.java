package org.jmapx.server.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.james.core.Username;
import org.apache.james.user.cassandra.CassandraRepositoryConfiguration;
import org.apache.james.user.cassandra.CassandraUsersRepositoryModule;
import org.apache.james.user.lib.model.DefaultUser;
import org.jmapx.testing.cassandra.CassandraExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.datastax.oss.driver.api.core.cql.SimpleStatement;

import reactor.core.publisher.Flux;

/** The user cache on a real Cassandra: reads served from memory, writes through this DAO seen at once. */
class CachingCassandraUsersDAOTest {
    @RegisterExtension
    static CassandraExtension CASSANDRA = new CassandraExtension();

    private final CachingCassandraUsersDAO users = new CachingCassandraUsersDAO(CASSANDRA.session(), CassandraRepositoryConfiguration.DEFAULT);

    @BeforeAll
    static void createTables() {
        KeyspaceSchema.initialize(CASSANDRA.session(), List.of(CassandraUsersRepositoryModule.MODULE));
    }

    private static Username fresh() {
        return Username.of("user-" + java.util.UUID.randomUUID() + "@example.com");
    }

    /** A row removed behind the DAO's back, as another server would: what the cache answers then is what it holds. */
    private static void deleteRowBehindTheCache(Username name) {
        CASSANDRA.session().execute(SimpleStatement.newInstance("DELETE FROM user WHERE name = ?", name.asString()));
    }

    @Test
    void aUserReadOnceShouldBeServedFromMemory() throws Exception {
        Username name = fresh();
        users.addUser(name, "secret");
        assertThat(users.getUserByName(name)).isPresent();

        deleteRowBehindTheCache(name);

        assertThat(users.getUserByName(name)).isPresent();
        assertThat(users.contains(name)).isTrue();
    }

    @Test
    void aPasswordChangeThroughTheDaoShouldBeSeenAtOnce() throws Exception {
        Username name = fresh();
        users.addUser(name, "old");
        DefaultUser user = users.getUserByName(name).orElseThrow();

        user.setPassword("new");
        users.updateUser(user);

        assertThat(users.getUserByName(name).orElseThrow().verifyPassword("new")).isTrue();
        assertThat(users.getUserByName(name).orElseThrow().verifyPassword("old")).isFalse();
    }

    @Test
    void aRemovedUserShouldBeGoneAtOnce() throws Exception {
        Username name = fresh();
        users.addUser(name, "secret");
        assertThat(users.contains(name)).isTrue();

        users.removeUser(name);

        assertThat(users.contains(name)).isFalse();
        assertThat(users.getUserByName(name)).isEmpty();
    }

    @Test
    void anUnknownUserAddedLaterShouldBeFoundAtOnce() throws Exception {
        Username name = fresh();
        assertThat(users.contains(name)).isFalse();

        users.addUser(name, "secret");

        assertThat(users.contains(name)).isTrue();
    }

    @Test
    void aDelegationAddedOrRemovedThroughTheDaoShouldBeSeenAtOnceFromBothSides() throws Exception {
        Username owner = fresh();
        Username delegate = fresh();
        users.addUser(owner, "secret");
        users.addUser(delegate, "secret");
        assertThat(users.getAuthorizedUsers(owner).collectList().block()).isEmpty();
        assertThat(users.getDelegatedToUsers(delegate).collectList().block()).isEmpty();

        users.addAuthorizedUsers(owner, delegate).block();

        assertThat(users.getAuthorizedUsers(owner).collectList().block()).containsExactly(delegate);
        assertThat(users.getDelegatedToUsers(delegate).collectList().block()).containsExactly(owner);

        users.removeAuthorizedUser(owner, delegate).block();

        assertThat(Flux.concat(users.getAuthorizedUsers(owner), users.getDelegatedToUsers(delegate)).collectList().block()).isEmpty();
    }
}
