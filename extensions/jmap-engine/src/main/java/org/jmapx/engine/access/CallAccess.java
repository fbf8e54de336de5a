package org.jmapx.engine.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.set.SetError;
import org.jmapx.engine.type.PropertyProblem;

/**
 * What one caller may see and do in one account during one method call. Records are stored records
 * (computed properties excluded). An object the caller may not read does not exist for them: the
 * methods answer notFound, never forbidden, so that its existence is not revealed.
 */
public interface CallAccess {
    /** Owner or delegate: everything is allowed and nothing needs checking. */
    CallAccess FULL = new CallAccess() { };

    default boolean isFull() {
        return true;
    }

    default boolean canRead(ObjectNode stored) {
        return true;
    }

    /** Whether the items of these containers are readable: for query indexes that keep only the membership. */
    default boolean canReadItemsOf(Collection<String> containerIds) {
        return true;
    }

    /** Problems of the sharing properties of a record about to be stored (malformed shareWith...). */
    default List<PropertyProblem> validate(ObjectNode record) {
        return List.of();
    }

    /** Puts the sharing properties of a valid record into their stored form. */
    default void normalize(ObjectNode record) {
    }

    default Optional<SetError> checkCreate(ObjectNode record) {
        return Optional.empty();
    }

    default Optional<SetError> checkUpdate(ObjectNode before, ObjectNode after) {
        return Optional.empty();
    }

    default Optional<SetError> checkDestroy(ObjectNode stored) {
        return Optional.empty();
    }

    /** Told what a /set or /copy committed, as (before, after) pairs; empty sides for creates and destroys. */
    default void committed(List<Write> writes) {
    }

    /** One record written by a call. */
    record Write(Optional<ObjectNode> before, Optional<ObjectNode> after) {
    }
}
