package org.jmapx.binding.mail;

import javax.inject.Inject;

import org.apache.james.jmap.api.change.EmailChangeRepository;
import org.apache.james.jmap.api.change.EmailChanges;
import org.apache.james.jmap.api.change.Limit;
import org.apache.james.jmap.api.change.State;
import org.apache.james.jmap.api.model.AccountId;
import org.apache.james.jmap.core.CapabilityIdentifier;
import org.apache.james.mailbox.MailboxSession;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import reactor.core.publisher.Mono;

/**
 * The Email state and Email changes as James's Email methods see them: with the James shares
 * capability, delegated mailboxes count too (as in James's Email/get and Email/changes).
 */
public class EmailStates {
    private final EmailChangeRepository repository;

    @Inject
    public EmailStates(EmailChangeRepository repository) {
        this.repository = repository;
    }

    public Mono<String> latest(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities, MailboxSession session) {
        AccountId accountId = AccountId.fromUsername(session.getUser());
        Mono<State> state = Mono.from(withDelegation(capabilities) ? repository.getLatestStateWithDelegation(accountId)
            : repository.getLatestState(accountId));
        return state.map(latest -> latest.getValue().toString());
    }

    public Mono<EmailChanges> since(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities, MailboxSession session,
                                    State since, java.util.Optional<Limit> maxChanges) {
        AccountId accountId = AccountId.fromUsername(session.getUser());
        return Mono.from(withDelegation(capabilities) ? repository.getSinceStateWithDelegation(accountId, since, maxChanges)
            : repository.getSinceState(accountId, since, maxChanges));
    }

    private static boolean withDelegation(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities) {
        return capabilities.exists(capability -> capability.value().equals(CapabilityIdentifier.JAMES_SHARES()));
    }
}
