package org.jmapx.engine.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Stores JMAP objects as JSON documents, partitioned by (account, type).
 *
 * <p>One generic store serves every type whose queries the engine can answer in memory: a type
 * that needs indexes (ContactCard at scale) gets its own store on top. Implementations are
 * thread-safe; writes of one object are atomic (an object is never half-written).
 */
public interface ObjectStore {
    /**
     * The stored objects among {@code ids}, by id; unknown ids are absent from the map. The documents
     * returned (here and by {@link #all}) belong to the caller, who may modify them without changing
     * what is stored.
     */
    Map<String, ObjectNode> get(String accountId, String type, Collection<String> ids);

    /** Every object of the type in the account, in no particular order. */
    List<ObjectNode> all(String accountId, String type);

    /** Creates or replaces the object with this id. The document is stored as given (it carries its "id"). */
    void put(String accountId, String type, String id, ObjectNode object);

    /**
     * Creates or replaces several objects of one (account, type). Each object is written atomically, the
     * batch is not. A store with network round trips overrides this to write them concurrently (a 500-card
     * ContactCard/set would otherwise wait for 500 sequential writes).
     */
    default void putAll(String accountId, String type, Map<String, ObjectNode> objects) {
        objects.forEach((id, object) -> put(accountId, type, id, object));
    }

    /** Deletes the object; deleting an unknown id is a no-op. */
    void delete(String accountId, String type, String id);
}
