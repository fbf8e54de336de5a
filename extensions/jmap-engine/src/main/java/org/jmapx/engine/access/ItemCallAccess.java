package org.jmapx.engine.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.RightsModel.Operation;
import org.jmapx.engine.set.SetError;

/**
 * One call's access to the items of an account, for a caller who is not its owner. An item is readable
 * through any of its containers; changing what it holds needs the write right on every container it is
 * in (the change shows in all of them); moving it in or out of a container needs the write right there.
 */
final class ItemCallAccess implements CallAccess {
    private final Membership membership;
    private final RightsModel model;
    private final Map<String, ObjectNode> grants;

    ItemCallAccess(Membership membership, RightsModel model, Map<String, ObjectNode> grants) {
        this.membership = membership;
        this.model = model;
        this.grants = grants;
    }

    @Override
    public boolean isFull() {
        return false;
    }

    @Override
    public boolean canRead(ObjectNode item) {
        return canReadItemsOf(membership.containerIds(item));
    }

    @Override
    public boolean canReadItemsOf(Collection<String> containerIds) {
        return containerIds.stream().anyMatch(id -> model.allows(grants.get(id), Operation.READ_ITEMS));
    }

    @Override
    public Optional<SetError> checkCreate(ObjectNode item) {
        return checkMoves(Set.of(), membership.containerIds(item));
    }

    @Override
    public Optional<SetError> checkUpdate(ObjectNode before, ObjectNode after) {
        Set<String> oldIds = membership.containerIds(before);
        Optional<SetError> moves = checkMoves(oldIds, membership.containerIds(after));
        if (moves.isPresent()) {
            return moves;
        }
        ObjectNode oldContent = before.deepCopy();
        ObjectNode newContent = after.deepCopy();
        oldContent.remove(membership.property());
        newContent.remove(membership.property());
        if (!oldContent.equals(newContent) && !oldIds.stream().allMatch(this::mayWrite)) {
            return forbidden("changing it needs " + model.keyFor(Operation.WRITE_ITEMS) + " in every container it is in");
        }
        return Optional.empty();
    }

    @Override
    public Optional<SetError> checkDestroy(ObjectNode item) {
        return membership.containerIds(item).stream().allMatch(this::mayWrite)
            ? Optional.empty()
            : forbidden("destroying it needs " + model.keyFor(Operation.WRITE_ITEMS) + " in every container it is in");
    }

    private Optional<SetError> checkMoves(Set<String> oldIds, Set<String> newIds) {
        Set<String> added = new LinkedHashSet<>(newIds);
        added.removeAll(oldIds);
        Set<String> removed = new LinkedHashSet<>(oldIds);
        removed.removeAll(newIds);
        for (String id : added) {
            if (!grants.containsKey(id)) {
                // a container the caller cannot see does not exist for them
                return Optional.of(SetError.invalidProperty(membership.property() + "/" + id, "no such container"));
            }
        }
        for (String id : added) {
            if (!mayWrite(id)) {
                return forbidden("adding it to " + id + " needs " + model.keyFor(Operation.WRITE_ITEMS));
            }
        }
        for (String id : removed) {
            if (!mayWrite(id)) {
                return forbidden("removing it from " + id + " needs " + model.keyFor(Operation.WRITE_ITEMS));
            }
        }
        return Optional.empty();
    }

    private boolean mayWrite(String containerId) {
        return model.allows(grants.get(containerId), Operation.WRITE_ITEMS);
    }

    private static Optional<SetError> forbidden(String why) {
        return Optional.of(SetError.forbidden("Not allowed: " + why));
    }
}
