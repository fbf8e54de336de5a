package org.jmapx.engine.type;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.ContainerRights;
import org.jmapx.engine.access.PerUserProperties;
import org.jmapx.engine.access.Sharing;
import org.jmapx.engine.method.MethodContext;

/**
 * Converts between stored records and the records clients see: stored + computed properties, and for a
 * shared container the caller's myRights and their own per-user values.
 */
public final class RecordViews {
    private final JmapType type;
    private final Optional<Sharing> sharing;

    public RecordViews(JmapType type) {
        this.type = type;
        this.sharing = type.sharing();
    }

    public ObjectNode view(String accountId, ObjectNode stored, MethodContext context) {
        return viewInPlace(accountId, stored.deepCopy(), context);
    }

    /**
     * Like {@link #view}, but adds the computed properties to {@code stored} itself: only for a document
     * the caller owns, such as one just returned by {@code ObjectStore.get} (stores return their own
     * copies), so that /get does not copy every record twice.
     */
    public ObjectNode viewInPlace(String accountId, ObjectNode stored, MethodContext context) {
        ObjectNode computed = type.computedProperties(accountId, stored, context);
        if (sharing.isPresent()) {
            computed.set(Sharing.MY_RIGHTS, ContainerRights.of(sharing.get(), accountId, stored, context));
            PerUserProperties.view(sharing.get(), stored, perUserPrincipal(accountId, context));
        }
        stored.setAll(computed);
        return stored;
    }

    /** The record to store from a view a caller wrote, {@code original} being the stored record it came from. */
    public ObjectNode stored(ObjectNode view, ObjectNode original, String accountId, MethodContext context) {
        ObjectNode stored = stored(view);
        return sharing.isPresent()
            ? PerUserProperties.stored(sharing.get(), stored, original, perUserPrincipal(accountId, context))
            : stored;
    }

    public ObjectNode stored(ObjectNode view) {
        ObjectNode stored = view.deepCopy();
        type.schema().rules().stream()
            .filter(PropertyRule::computed)
            .forEach(rule -> stored.remove(rule.name()));
        return stored;
    }

    private static String perUserPrincipal(String accountId, MethodContext context) {
        return context.actsAsOwner(accountId) ? null : context.principalId();
    }
}
