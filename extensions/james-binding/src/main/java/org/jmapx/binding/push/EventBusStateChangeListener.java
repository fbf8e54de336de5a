package org.jmapx.binding.push;

import org.apache.james.core.Username;
import org.apache.james.events.Event;
import org.apache.james.events.EventBus;
import org.apache.james.jmap.api.model.AccountId;
import org.apache.james.jmap.api.model.State;
import org.apache.james.jmap.api.model.TypeName;
import org.apache.james.jmap.change.AccountIdRegistrationKey;
import org.apache.james.jmap.change.StateChangeEvent;
import org.jmapx.binding.account.AccountDirectory;
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

    @Inject
    public EventBusStateChangeListener(EventBus eventBus, AccountDirectory accounts) {
        this.eventBus = eventBus;
        this.accounts = accounts;
    }

    @Override
    public void stateChanged(String accountId, String type, String newState) {
        accounts.username(accountId).ifPresentOrElse(
            username -> publish(Username.of(username), new JmapxTypeName(type), new JmapxState(newState)),
            () -> LOGGER.warn("No user known for account {}: {} state change not pushed", accountId, type));
    }

    private void publish(Username username, TypeName type, State state) {
        scala.collection.immutable.Map<TypeName, State> changes = scala.collection.immutable.Map$.MODULE$.<TypeName, State>empty()
            .updated(type, state);
        StateChangeEvent event = new StateChangeEvent(Event.EventId.random(), username, changes);
        eventBus.dispatch(event, new AccountIdRegistrationKey(AccountId.fromUsername(username))).block();
    }
}
