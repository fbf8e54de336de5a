package org.jmapx.engine.access;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jmapx.engine.state.Change;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.type.TypeStorage;

/**
 * Gives an account its {@link DefaultContainer} on first access. "First" means the container's change log
 * is still at its initial state, so the container is provisioned once even if the user later destroys
 * it, and its creation is a visible change for /changes and push. The fixed id makes concurrent
 * provisioning converge on one container, even across James nodes.
 */
final class DefaultContainerProvisioning {
    private final DefaultContainer container;
    private final TypeStorage storage;
    /**
     * Accounts whose log is known to have left the initial state. A change log never returns to it (the
     * Cassandra log keeps its latest state without TTL), so this only saves the change-log read every
     * call would otherwise pay; it never skips a needed provisioning, on any node.
     */
    private final Set<String> provisioned = ConcurrentHashMap.newKeySet();

    DefaultContainerProvisioning(DefaultContainer container, TypeStorage storage) {
        this.container = container;
        this.storage = storage;
    }

    void provision(String accountId) {
        if (provisioned.contains(accountId)) {
            return;
        }
        if (!storage.state(accountId).equals(ChangeLog.INITIAL_STATE)) {
            provisioned.add(accountId);
            return;
        }
        synchronized (storage.lock(accountId)) {
            if (storage.state(accountId).equals(ChangeLog.INITIAL_STATE)) {
                storage.commit(accountId, Map.of(container.id(), container.record().deepCopy()), Set.of(),
                    Change.created(container.id()));
            }
        }
        provisioned.add(accountId);
    }
}
