package org.jmapx.binding.account;

import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.apache.james.core.Username;
import org.apache.james.user.api.DelegationStore;

import reactor.core.publisher.Flux;

/**
 * The accounts a user reaches through James's delegation (WebAdmin /users/{user}/authorizedUsers,
 * JMAP Delegate/set): their owners gave the user their whole account, so JMAPX treats the user as
 * the owner there.
 */
public class Delegators {
    private final DelegationStore delegationStore;
    private final AccountDirectory accounts;

    @Inject
    public Delegators(DelegationStore delegationStore, AccountDirectory accounts) {
        this.delegationStore = delegationStore;
        this.accounts = accounts;
    }

    /** Blocks: call it from a thread meant for blocking work. */
    public Set<String> accountIdsDelegatedTo(String username) {
        return Flux.from(delegationStore.delegatedUsers(Username.of(username)))
            .map(delegator -> accounts.register(delegator.asString()))
            .collect(Collectors.toSet())
            .block();
    }
}
