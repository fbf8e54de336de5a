package org.jmapx.binding.push;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.james.core.Username;
import org.apache.james.events.Event;
import org.apache.james.events.EventBus;
import org.apache.james.events.RegistrationKey;
import org.apache.james.jmap.api.model.AccountId;
import org.apache.james.jmap.api.model.State;
import org.apache.james.jmap.api.model.TypeName;
import org.apache.james.jmap.change.AccountIdRegistrationKey;
import org.apache.james.jmap.change.StateChangeEvent;
import org.jmapx.binding.account.AccountDirectory;
import org.jmapx.binding.sharing.SharedContainerCapability;
import org.jmapx.binding.sharing.UsersPrincipals;
import org.jmapx.engine.access.SharedAccountsIndex;
import org.jmapx.engine.state.StateChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.inject.Inject;

/**
 * Announces every JMAPX change-log append on James's event bus, where James's EventSource and
 * WebSocket routes pick it up exactly as they do for Mailbox or Email changes.
 */
public class EventBusStateChangeListener implements StateChangeListener {
    private static final Logger LOGGER = LoggerFactory.getLogger(EventBusStateChangeListener.class);

    private final EventBus eventBus;
    private final AccountDirectory accounts;
    private final SharedAccountsIndex sharedAccounts;
    private final UsersPrincipals principals;

    /** For each pushed data type, the container types whose sharees see it. */
    private final Map<String, Set<String>> containerTypesByPushedType = new HashMap<>();

    @Inject
    public EventBusStateChangeListener(EventBus eventBus, AccountDirectory accounts, SharedAccountsIndex sharedAccounts,
                                       UsersPrincipals principals, Set<SharedContainerCapability> sharedTypes) {
        this.eventBus = eventBus;
        this.accounts = accounts;
        this.sharedAccounts = sharedAccounts;
        this.principals = principals;
        sharedTypes.forEach(shared -> shared.pushedTypes().forEach(type ->
            containerTypesByPushedType.computeIfAbsent(type, any -> new HashSet<>()).add(shared.containerType())));
    }

    @Override
    public void stateChanged(String accountId, String type, String newState) {
        accounts.username(accountId).ifPresentOrElse(
            username -> publish(Username.of(username), accountId, new JmapxTypeName(type), new JmapxState(newState)),
            () -> LOGGER.warn("No user known for account {}: {} state change not pushed", accountId, type));
    }

    /**
     * The owner's clients and those of every user a container of this type (or containing it) is shared
     * with receive the change, listed under the owner's account id (the event names the owner): a sharee's
     * EventSource and WebSocket are registered under their own account, so the event is dispatched to both.
     */
    private void publish(Username owner, String accountId, JmapxTypeName type, State state) {
        scala.collection.immutable.Map<TypeName, State> changes = scala.collection.immutable.Map$.MODULE$.<TypeName, State>empty()
            .updated(type, state);
        StateChangeEvent event = new StateChangeEvent(Event.EventId.random(), owner, changes);
        Set<RegistrationKey> keys = new LinkedHashSet<>();
        keys.add(new AccountIdRegistrationKey(AccountId.fromUsername(owner)));
        keys.addAll(shareeKeys(accountId, type));
        eventBus.dispatch(event, keys).block();
    }

    private Set<RegistrationKey> shareeKeys(String accountId, JmapxTypeName type) {
        Set<String> containerTypes = containerTypesByPushedType.getOrDefault(type.asString(), Set.of());
        Set<RegistrationKey> keys = new LinkedHashSet<>();
        if (containerTypes.isEmpty()) {
            return keys;
        }
        for (Map.Entry<String, Set<String>> grantee : sharedAccounts.grantees(accountId).entrySet()) {
            String username = grantee.getValue().stream().anyMatch(containerTypes::contains)
                ? principals.username(grantee.getKey()) : null;
            if (username != null) {
                keys.add(new AccountIdRegistrationKey(AccountId.fromUsername(Username.of(username))));
            }
        }
        return keys;
    }
}
