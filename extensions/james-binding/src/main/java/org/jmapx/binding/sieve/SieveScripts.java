package org.jmapx.binding.sieve;

import java.util.Optional;

import org.apache.james.sieverepository.api.SieveRepository;
import org.jmapx.binding.account.AccountDirectory;

/** Finds the repository scripts of the user owning an account id. */
final class SieveScripts {
    private final SieveRepository repository;
    private final AccountDirectory accounts;

    SieveScripts(SieveRepository repository, AccountDirectory accounts) {
        this.repository = repository;
        this.accounts = accounts;
    }

    Optional<UserScripts> of(String accountId) {
        return accounts.username(accountId).map(username -> new UserScripts(repository, username));
    }

    Optional<String> username(String accountId) {
        return accounts.username(accountId);
    }

    UserScripts ofUser(String username) {
        return new UserScripts(repository, username);
    }
}
