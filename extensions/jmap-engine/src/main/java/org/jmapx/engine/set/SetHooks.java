package org.jmapx.engine.set;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.type.PropertyProblem;

/**
 * The type-specific rules of /set and /copy. The engine already enforces the schema (unknown,
 * server-set, immutable, required properties, defaults, "#creationId" references); hooks add the
 * rest. {@code arguments} are the raw /set arguments, for type-specific ones.
 */
public interface SetHooks {
    SetHooks NONE = new SetHooks() { };

    /** Per-property problems of a record about to be stored (created or patched), computed properties excluded. */
    default List<PropertyProblem> validate(ObjectNode object) {
        return List.of();
    }

    /** Fills the server-set properties of a new record ("id" is already set). */
    default void fillServerSetProperties(String accountId, ObjectNode created) {
    }

    /** A non-property reason to refuse a create ({@code before} empty) or an update: forbidden, overQuota... */
    default Optional<SetError> checkWrite(String accountId, Optional<ObjectNode> before, ObjectNode after,
                                          ObjectNode arguments) {
        return Optional.empty();
    }

    /** The id of an existing record the candidate duplicates, making it an alreadyExists error. */
    default Optional<String> findDuplicate(ObjectNode candidate, Collection<ObjectNode> existing) {
        return Optional.empty();
    }

    /**
     * The id of a record the candidate duplicates, among the records as this call left them. The default
     * reads every record of the account ({@link SetWork#all}); a type with many records overrides this
     * with an index lookup.
     */
    default Optional<String> findDuplicate(ObjectNode candidate, SetWork work) {
        return findDuplicate(candidate, work.all());
    }

    /**
     * The hooks for one /set or /copy call, which may hold per-call state (a cache of what the call
     * checked). The default, stateless hooks serve every call.
     */
    default SetHooks forCall(SetWork work) {
        return this;
    }

    /**
     * Sets the server-maintained properties of a record an update is about to store (an "updated"
     * timestamp), after validation; {@code before} is the stored record. Properties it changes are
     * reported in the /set response.
     */
    default void updateServerSetProperties(String accountId, ObjectNode before, ObjectNode after) {
    }

    default Optional<SetError> checkDestroy(String accountId, ObjectNode object, ObjectNode arguments) {
        return Optional.empty();
    }

    /**
     * Runs {@code commit}, the call's own commit, which destroys {@code destroyedIds} among others. A
     * container type first removes what the destroyed objects contain, committed as a change of the
     * contained type, and keeps new contents out until {@code commit} is done (docs/adr/0010): a failure
     * between the two leaves the containers in place and empty, never contents in a destroyed container.
     */
    default String commitDestroying(String accountId, Set<String> destroyedIds, ObjectNode arguments, Supplier<String> commit) {
        return commit.get();
    }

    /** Names of the type's own /set arguments (onDestroyRemoveContents...). */
    default Set<String> extraArguments() {
        return Set.of();
    }

    /** Rejects malformed type-specific arguments with invalidArguments. */
    default void validateArguments(ObjectNode arguments) throws MethodErrorException {
    }

    /** Runs when every create, update and destroy of the call succeeded, before anything is committed. */
    default void afterAllSucceeded(SetWork work) {
    }
}
