package org.jmapx.engine.changes;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.AccessControl;
import org.jmapx.engine.access.CallAccess;
import org.jmapx.engine.argument.Arguments;
import org.jmapx.engine.method.TypeMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.state.CannotCalculateChangesException;
import org.jmapx.engine.state.ChangesSince;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.TypeStorage;

/** Foo/changes (RFC 8620 5.2). */
public final class ChangesMethod extends TypeMethod {
    /** The server's own cap when the client gives no maxChanges, so one response stays bounded. */
    public static final int DEFAULT_MAX_CHANGES = 5_000;
    private static final Set<String> ARGUMENTS = Set.of("accountId", "sinceState", "maxChanges");

    public ChangesMethod(JmapType type, TypeStorage storage, AccessControl access) {
        super(type, storage, access, "changes");
    }

    @Override
    public ObjectNode call(ObjectNode arguments, MethodContext context) throws MethodErrorException {
        Arguments args = new Arguments(arguments).allowOnly(ARGUMENTS);
        String accountId = args.requiredString("accountId");
        CallAccess callAccess = access.open(accountId, context);
        String sinceState = args.requiredString("sinceState");
        int maxChanges = Math.min(args.optionalPositiveInt("maxChanges").orElse(DEFAULT_MAX_CHANGES), DEFAULT_MAX_CHANGES);
        ChangesSince changes;
        try {
            changes = storage.changesSince(accountId, sinceState, maxChanges);
        } catch (CannotCalculateChangesException e) {
            throw new MethodErrorException("cannotCalculateChanges", e.getMessage());
        }
        int returned = changes.created().size() + changes.updated().size() + changes.destroyed().size();
        if (returned > maxChanges) {
            // A change log never splits one write's change set, so a write larger than maxChanges has no
            // intermediate state: RFC 8620 5.2 then requires cannotCalculateChanges, never more ids than asked.
            throw new MethodErrorException("cannotCalculateChanges",
                "A single change of " + returned + " ids exceeds maxChanges " + maxChanges);
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("accountId", accountId);
        response.put("oldState", changes.oldState());
        response.put("newState", changes.newState());
        response.put("hasMoreChanges", changes.hasMoreChanges());
        VisibleChanges visible = VisibleChanges.of(changes, callAccess, storage, accountId);
        ids(response.putArray("created"), visible.created());
        ids(response.putArray("updated"), visible.updated());
        ids(response.putArray("destroyed"), visible.destroyed());
        return response;
    }

    private static void ids(ArrayNode array, List<String> ids) {
        ids.forEach(array::add);
    }
}
