package org.jmapx.engine.access;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.RightsModel.Operation;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.set.SetError;
import org.jmapx.engine.type.PropertyProblem;

/** One call's access to the containers of an account. */
final class ContainerCallAccess implements CallAccess {
    private final ContainerAccessControl control;
    private final String accountId;
    private final MethodContext context;
    private final boolean full;
    private final RightsModel model;

    ContainerCallAccess(ContainerAccessControl control, String accountId, MethodContext context, boolean full) {
        this.control = control;
        this.accountId = accountId;
        this.context = context;
        this.full = full;
        this.model = control.sharing().rights();
    }

    @Override
    public boolean isFull() {
        return full;
    }

    @Override
    public boolean canRead(ObjectNode container) {
        return full || model.showsContainer(control.rightsOf(accountId, container, context));
    }

    @Override
    public boolean canReadItemsOf(java.util.Collection<String> containerIds) {
        return full;
    }

    @Override
    public List<PropertyProblem> validate(ObjectNode record) {
        return ShareWith.problems(record.get(Sharing.SHARE_WITH), model, control.principals(),
            control.principals().ownerOf(accountId));
    }

    @Override
    public void normalize(ObjectNode record) {
        if (record.has(Sharing.SHARE_WITH)) {
            record.set(Sharing.SHARE_WITH, ShareWith.normalized(record.get(Sharing.SHARE_WITH), model));
        }
    }

    @Override
    public Optional<SetError> checkCreate(ObjectNode record) {
        return full
            ? Optional.empty()
            : Optional.of(SetError.forbidden("Only the owner of the account may create a " + control.typeName() + " in it"));
    }

    @Override
    public Optional<SetError> checkUpdate(ObjectNode before, ObjectNode after) {
        ObjectNode rights = control.rightsOf(accountId, before, context);
        Map<String, ObjectNode> oldGrants = ShareWith.grants(before.get(Sharing.SHARE_WITH), model);
        Map<String, ObjectNode> newGrants = ShareWith.grants(after.get(Sharing.SHARE_WITH), model);
        if (!oldGrants.equals(newGrants)) {
            if (!model.allows(rights, Operation.SHARE)) {
                return forbidden("changing shareWith needs " + model.keyFor(Operation.SHARE));
            }
            Optional<SetError> escalation = full ? Optional.empty() : grantEscalation(rights, oldGrants, newGrants);
            if (escalation.isPresent()) {
                return escalation;
            }
        }
        if (sharedPropertiesChanged(before, after) && !model.allows(rights, Operation.MODIFY_CONTAINER)) {
            return forbidden("changing this " + control.typeName() + " needs " + model.keyFor(Operation.MODIFY_CONTAINER));
        }
        return Optional.empty();
    }

    @Override
    public Optional<SetError> checkDestroy(ObjectNode stored) {
        if (control.sharing().defaultContainer().map(fixed -> fixed.isDefault(stored)).orElse(false)) {
            return Optional.of(SetError.forbidden("The default " + control.typeName()
                + " cannot be destroyed (myRights." + model.keyFor(Operation.DELETE_CONTAINER) + " is false): make another the default first"));
        }
        if (!model.allows(control.rightsOf(accountId, stored, context), Operation.DELETE_CONTAINER)) {
            return forbidden("destroying it needs " + model.keyFor(Operation.DELETE_CONTAINER));
        }
        return Optional.empty();
    }

    @Override
    public void committed(List<Write> writes) {
        for (Write write : writes) {
            Map<String, ObjectNode> oldGrants = ShareWith.grants(write.before().map(c -> c.get(Sharing.SHARE_WITH)).orElse(null), model);
            Map<String, ObjectNode> newGrants = ShareWith.grants(write.after().map(c -> c.get(Sharing.SHARE_WITH)).orElse(null), model);
            if (!oldGrants.equals(newGrants)) {
                ObjectNode container = write.after().or(write::before).orElseThrow();
                control.sharesChanged(new ShareChange(accountId, control.typeName(), container.path("id").asText(),
                    container.path("name").asText(null), context.principalId(), oldGrants, newGrants, model));
            }
        }
    }

    /** RFC 9610 2.3: nobody gives a right they do not hold to a principal that did not have it. */
    private Optional<SetError> grantEscalation(ObjectNode rights, Map<String, ObjectNode> oldGrants,
                                               Map<String, ObjectNode> newGrants) {
        for (Map.Entry<String, ObjectNode> grant : newGrants.entrySet()) {
            ObjectNode previous = oldGrants.get(grant.getKey());
            for (String key : model.keys()) {
                boolean granted = grant.getValue().path(key).asBoolean(false);
                boolean had = previous != null && previous.path(key).asBoolean(false);
                if (granted && !had && !rights.path(key).asBoolean(false)) {
                    return forbidden("you cannot give " + key + " to " + grant.getKey() + ": you do not have it");
                }
            }
        }
        return Optional.empty();
    }

    private boolean sharedPropertiesChanged(ObjectNode before, ObjectNode after) {
        return !withoutPersonal(before).equals(withoutPersonal(after));
    }

    private ObjectNode withoutPersonal(ObjectNode container) {
        ObjectNode shared = container.deepCopy();
        shared.remove(Sharing.SHARE_WITH);
        shared.remove(PerUserProperties.STORED);
        if (!full) {
            Iterator<String> names = shared.fieldNames();
            while (names.hasNext()) {
                if (control.sharing().isPerUser(names.next())) {
                    names.remove();
                }
            }
        }
        return shared;
    }

    private static Optional<SetError> forbidden(String why) {
        return Optional.of(SetError.forbidden("Not allowed: " + why));
    }
}
