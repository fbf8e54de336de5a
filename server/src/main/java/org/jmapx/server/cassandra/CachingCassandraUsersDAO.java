package org.jmapx.server.cassandra;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.inject.Inject;

import org.apache.james.core.Username;
import org.apache.james.user.api.UsersRepositoryException;
import org.apache.james.user.api.model.User;
import org.apache.james.user.cassandra.CassandraRepositoryConfiguration;
import org.apache.james.user.cassandra.CassandraUsersDAO;
import org.apache.james.user.lib.model.DefaultUser;
import org.reactivestreams.Publisher;

import com.datastax.oss.driver.api.core.CqlSession;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * James's Cassandra users table with the records and delegations it reads kept in memory for a short time.
 *
 * <p>James 3.8.1 reads the user record five or six times for every JMAP request (Basic authentication,
 * user provisioning, session and account resolution) and the delegation rows twice: on Cassandra these
 * reads were most of a ContactCard/set update (docs/benchmarks.md). Writes made through this server
 * forget the entries they change at once, so a password change, a removal or a new delegation made here
 * takes effect on the next request. A write made by another server on the same keyspace (not a
 * supported deployment, see docs/operators/cassandra.md) is seen after {@link #TTL} at most.
 */
public class CachingCassandraUsersDAO extends CassandraUsersDAO {
    static final Duration TTL = Duration.ofSeconds(30);
    private static final long MAXIMUM_USERS = 10_000;

    private final Cache<Username, Optional<DefaultUser>> users = cache();
    private final Cache<Username, List<Username>> authorized = cache();
    private final Cache<Username, List<Username>> delegatedTo = cache();
    /**
     * Counts the starts and ends of writes. A read remembers what it read only if no write started or
     * ended meanwhile: otherwise it may have read the row from before the write, and would put it back
     * after the write forgot it.
     */
    private final AtomicLong writes = new AtomicLong();

    @Inject
    public CachingCassandraUsersDAO(CqlSession session, CassandraRepositoryConfiguration configuration) {
        super(session, configuration);
    }

    private static <V> Cache<Username, V> cache() {
        return CacheBuilder.newBuilder().expireAfterWrite(TTL).maximumSize(MAXIMUM_USERS).build();
    }

    @Override
    public Optional<DefaultUser> getUserByName(Username name) {
        Optional<DefaultUser> cached = users.getIfPresent(name);
        if (cached != null) {
            return cached;
        }
        long writesBefore = writes.get();
        Optional<DefaultUser> read = super.getUserByName(name);
        if (writes.get() == writesBefore) {
            users.put(name, read);
        }
        return read;
    }

    @Override
    public boolean contains(Username name) {
        return getUserByName(name).isPresent();
    }

    @Override
    public Publisher<Boolean> containsReactive(Username name) {
        Optional<DefaultUser> cached = users.getIfPresent(name);
        if (cached != null) {
            return Mono.just(cached.isPresent());
        }
        return super.containsReactive(name);
    }

    @Override
    public void addUser(Username username, String password) throws UsersRepositoryException {
        writes.incrementAndGet();
        users.invalidate(username);
        try {
            super.addUser(username, password);
        } finally {
            writes.incrementAndGet();
            users.invalidate(username);
        }
    }

    @Override
    public void updateUser(User user) throws UsersRepositoryException {
        writes.incrementAndGet();
        users.invalidate(user.getUserName());
        try {
            super.updateUser(user);
        } finally {
            writes.incrementAndGet();
            users.invalidate(user.getUserName());
        }
    }

    @Override
    public void removeUser(Username name) throws UsersRepositoryException {
        writes.incrementAndGet();
        users.invalidate(name);
        try {
            super.removeUser(name);
        } finally {
            writes.incrementAndGet();
            forgetDelegations(name);
            users.invalidate(name);
        }
    }

    @Override
    public Flux<Username> getAuthorizedUsers(Username name) {
        return cachedList(authorized, name, super::getAuthorizedUsers);
    }

    @Override
    public Flux<Username> getDelegatedToUsers(Username name) {
        return cachedList(delegatedTo, name, super::getDelegatedToUsers);
    }

    @Override
    public Mono<Void> addAuthorizedUsers(Username baseUser, Username userWithAccess) {
        return forgettingBoth(super.addAuthorizedUsers(baseUser, userWithAccess), baseUser, userWithAccess);
    }

    @Override
    public Mono<Void> removeAuthorizedUser(Username baseUser, Username userWithAccess) {
        return forgettingBoth(super.removeAuthorizedUser(baseUser, userWithAccess), baseUser, userWithAccess);
    }

    @Override
    public Mono<Void> removeDelegatedToUser(Username baseUser, Username delegatedToUser) {
        return forgettingBoth(super.removeDelegatedToUser(baseUser, delegatedToUser), baseUser, delegatedToUser);
    }

    /** Removes rows of other users too: every cached delegation is forgotten. */
    @Override
    public Mono<Void> removeAllAuthorizedUsers(Username baseUser) {
        writes.incrementAndGet();
        return super.removeAllAuthorizedUsers(baseUser).doFinally(signal -> {
            writes.incrementAndGet();
            authorized.invalidateAll();
            delegatedTo.invalidateAll();
        });
    }

    private Flux<Username> cachedList(Cache<Username, List<Username>> cache, Username name,
                                      Function<Username, Flux<Username>> read) {
        List<Username> cached = cache.getIfPresent(name);
        if (cached != null) {
            return Flux.fromIterable(cached);
        }
        long writesBefore = writes.get();
        return read.apply(name).collectList()
            .doOnNext(list -> {
                if (writes.get() == writesBefore) {
                    cache.put(name, List.copyOf(list));
                }
            })
            .flatMapMany(Flux::fromIterable);
    }

    private Mono<Void> forgettingBoth(Mono<Void> write, Username one, Username other) {
        return Mono.fromRunnable(() -> {
                writes.incrementAndGet();
                forgetDelegations(one);
                forgetDelegations(other);
            })
            .then(write)
            .doFinally(signal -> {
                writes.incrementAndGet();
                forgetDelegations(one);
                forgetDelegations(other);
            });
    }

    private void forgetDelegations(Username name) {
        authorized.invalidate(name);
        delegatedTo.invalidate(name);
    }
}
