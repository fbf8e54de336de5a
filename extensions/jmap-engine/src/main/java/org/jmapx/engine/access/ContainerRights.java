package org.jmapx.engine.access;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodContext;

/**
 * A caller's rights on one container: all of them for the account's owner and their James delegates,
 * the container's shareWith entry for anyone else. Nobody may delete the default container.
 */
public final class ContainerRights {
    private ContainerRights() {
    }

    public static ObjectNode of(Sharing sharing, String accountId, ObjectNode container, MethodContext context) {
        RightsModel model = sharing.rights();
        ObjectNode rights = context.actsAsOwner(accountId)
            ? model.uniform(true)
            : model.complete(container.path(Sharing.SHARE_WITH).get(context.principalId()));
        if (sharing.defaultContainer().map(fixed -> fixed.isDefault(container)).orElse(false)) {
            rights.put(model.keyFor(RightsModel.Operation.DELETE_CONTAINER), false);
        }
        return rights;
    }
}
