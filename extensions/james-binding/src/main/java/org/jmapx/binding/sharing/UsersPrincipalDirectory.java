package org.jmapx.binding.sharing;

import java.util.List;

import javax.inject.Inject;

import org.apache.james.user.api.UsersRepository;
import org.jmapx.binding.account.AccountDirectory;
import org.jmapx.sharing.principal.PrincipalDirectory;

import reactor.core.publisher.Flux;

/**
 * James's users as the individual principals of RFC 9670: id = account id, email = username. Listing
 * them also teaches the account directory every user, so that pushes to a sharee find their name.
 */
public class UsersPrincipalDirectory implements PrincipalDirectory {
    private final UsersRepository users;
    private final AccountDirectory accounts;

    @Inject
    public UsersPrincipalDirectory(UsersRepository users, AccountDirectory accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public List<Individual> individuals() {
        return Flux.from(users.listReactive())
            .map(user -> new Individual(accounts.register(user.asString()), user.asString()))
            .collectList()
            .block();
    }
}
