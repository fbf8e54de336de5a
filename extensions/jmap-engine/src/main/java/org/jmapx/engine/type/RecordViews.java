package org.jmapx.engine.type;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodContext;

/** Converts between stored records and the records clients see (stored + computed properties). */
public final class RecordViews {
    private final JmapType type;

    public RecordViews(JmapType type) {
        this.type = type;
    }

    public ObjectNode view(String accountId, ObjectNode stored, MethodContext context) {
        ObjectNode view = stored.deepCopy();
        view.setAll(type.computedProperties(accountId, stored, context));
        return view;
    }

    /**
     * Like {@link #view}, but adds the computed properties to {@code stored} itself: only for a document
     * the caller owns, such as one just returned by {@code ObjectStore.get} (stores return their own
     * copies), so that /get does not copy every record twice.
     */
    public ObjectNode viewInPlace(String accountId, ObjectNode stored, MethodContext context) {
        ObjectNode computed = type.computedProperties(accountId, stored, context);
        stored.setAll(computed);
        return stored;
    }

    public ObjectNode stored(ObjectNode view) {
        ObjectNode stored = view.deepCopy();
        type.schema().rules().stream()
            .filter(PropertyRule::computed)
            .forEach(rule -> stored.remove(rule.name()));
        return stored;
    }
}
