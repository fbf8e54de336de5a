package org.jmapx.engine.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.TypeStorage;

/**
 * The access rules of a shared container type ({@link Sharing}). Rights live in the containers
 * themselves (their shareWith), read at every call: a revoked right is gone on the very next request,
 * on every node, whatever any cache holds.
 */
public final class ContainerAccessControl implements AccessControl {
    private final JmapType type;
    private final Sharing sharing;
    private final TypeStorage storage;
    private final Principals principals;
    private final ShareListener listener;
    private final Optional<DefaultContainerProvisioning> provisioning;
    private final List<ItemStorage> items = new CopyOnWriteArrayList<>();

    public ContainerAccessControl(JmapType type, TypeStorage storage, Principals principals, ShareListener listener) {
        this.type = type;
        this.sharing = type.sharing().orElseThrow(() -> new IllegalArgumentException(type.name() + " is not shared"));
        this.storage = storage;
        this.principals = principals;
        this.listener = listener;
        this.provisioning = sharing.defaultContainer().map(fixed -> new DefaultContainerProvisioning(fixed, storage));
    }

    @Override
    public CallAccess open(String accountId, MethodContext context) throws MethodErrorException {
        if (context.actsAsOwner(accountId)) {
            prepare(accountId);
            return new ContainerCallAccess(this, accountId, context, true);
        }
        if (grantsOf(accountId, context).isEmpty()) {
            throw MethodErrorException.accountNotFound(accountId);
        }
        return new ContainerCallAccess(this, accountId, context, false);
    }

    /** The caller's rights by container id, for the containers that grant them anything. */
    Map<String, ObjectNode> grantsOf(String accountId, MethodContext context) {
        Map<String, ObjectNode> grants = new LinkedHashMap<>();
        for (ObjectNode container : storage.all(accountId)) {
            ObjectNode rights = rightsOf(accountId, container, context);
            if (sharing.rights().showsContainer(rights)) {
                grants.put(container.path("id").asText(), rights);
            }
        }
        return grants;
    }

    void prepare(String accountId) {
        provisioning.ifPresent(fixed -> fixed.provision(accountId));
        type.prepareAccount(accountId, storage);
    }

    ObjectNode rightsOf(String accountId, ObjectNode container, MethodContext context) {
        return ContainerRights.of(sharing, accountId, container, context);
    }

    Sharing sharing() {
        return sharing;
    }

    Principals principals() {
        return principals;
    }

    String typeName() {
        return type.name();
    }

    /** Items whose visibility follows these containers: touched when a container's grants change. */
    void registerItems(TypeStorage itemStorage, Membership membership) {
        items.add(new ItemStorage(itemStorage, membership));
    }

    /**
     * After a grant change, the container's items are reported as updated: a sharee's /changes then
     * shows them appearing (or, as destroyed, disappearing) and push tells every client to look.
     */
    void sharesChanged(ShareChange change) {
        for (ItemStorage item : items) {
            Set<String> ids = new java.util.LinkedHashSet<>();
            item.storage().all(change.accountId()).forEach(record -> {
                if (item.membership().containerIds(record).contains(change.containerId())) {
                    ids.add(record.path("id").asText());
                }
            });
            if (!ids.isEmpty()) {
                synchronized (item.storage().lock(change.accountId())) {
                    item.storage().commit(change.accountId(), Map.of(), Set.of(), new Change(Set.of(), ids, Set.of()));
                }
            }
        }
        listener.sharesChanged(change);
    }

    private record ItemStorage(TypeStorage storage, Membership membership) {
    }
}
