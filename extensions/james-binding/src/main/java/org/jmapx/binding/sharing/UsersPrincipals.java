package org.jmapx.binding.sharing;

import javax.inject.Inject;

import org.apache.james.user.api.UsersRepository;
import org.apache.james.user.api.UsersRepositoryException;
import org.jmapx.binding.account.AccountDirectory;
import org.jmapx.engine.access.Principals;

import reactor.core.publisher.Flux;

/**
 * Every James user is a principal, whose id is their account id. An id this node has not met yet is
 * looked up by listing James's users once (account ids are one-way hashes of usernames).
 */
public class UsersPrincipals implements Principals {
    private final UsersRepository users;
    private final AccountDirectory accounts;

    @Inject
    public UsersPrincipals(UsersRepository users, AccountDirectory accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public boolean exists(String principalId) {
        return username(principalId) != null;
    }

    /** The James username of a principal, or null when no user has this id. */
    public String username(String principalId) {
        return accounts.username(principalId).orElseGet(() -> {
            Flux.from(users.listReactive()).doOnNext(user -> accounts.register(user.asString())).blockLast();
            return accounts.username(principalId)
                .filter(this::stillAUser)
                .orElse(null);
        });
    }

    private boolean stillAUser(String username) {
        try {
            return users.contains(org.apache.james.core.Username.of(username));
        } catch (UsersRepositoryException e) {
            throw new IllegalStateException("Cannot read James's users", e);
        }
    }
}
