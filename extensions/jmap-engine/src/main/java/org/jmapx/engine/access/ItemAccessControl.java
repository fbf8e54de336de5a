package org.jmapx.engine.access;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.TypeStorage;

/**
 * The access rules of a type whose items belong to shared containers ({@link Membership}): an item is
 * as visible and writable as the rights its containers give the caller.
 */
public final class ItemAccessControl implements AccessControl {
    private final JmapType type;
    private final TypeStorage storage;
    private final Membership membership;
    private final ContainerAccessControl containers;

    public ItemAccessControl(JmapType type, TypeStorage storage, ContainerAccessControl containers) {
        this.type = type;
        this.storage = storage;
        this.membership = type.membership().orElseThrow(() -> new IllegalArgumentException(type.name() + " has no containers"));
        this.containers = containers;
        containers.registerItems(storage, membership);
    }

    @Override
    public CallAccess open(String accountId, MethodContext context) throws MethodErrorException {
        if (context.actsAsOwner(accountId)) {
            containers.prepare(accountId);
            type.prepareAccount(accountId, storage);
            return CallAccess.FULL;
        }
        Map<String, ObjectNode> grants = containers.grantsOf(accountId, context);
        if (grants.isEmpty()) {
            throw MethodErrorException.accountNotFound(accountId);
        }
        return new ItemCallAccess(membership, containers.sharing().rights(), grants);
    }
}
