package org.jmapx.binding.account;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers which user owns an account id. Stores are keyed by account id, but James's push
 * events are addressed to a username, and the id is a one-way hash of it.
 */
public class AccountDirectory {
    private final ConcurrentMap<String, String> usernames = new ConcurrentHashMap<>();

    /** Returns the account id of the user, remembering the pair. */
    public String register(String username) {
        String accountId = AccountIds.of(username);
        usernames.putIfAbsent(accountId, username);
        return accountId;
    }

    public Optional<String> username(String accountId) {
        return Optional.ofNullable(usernames.get(accountId));
    }
}
