package org.jmapx.engine.set;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodContext;

/**
 * The records of an account as a /set call left them, before commit. A hook may change records
 * through {@link #replace}: the change is committed with the call's own and reported in its
 * created/updated response.
 */
public interface SetWork {
    String accountId();

    ObjectNode arguments();

    /** Who is calling. */
    MethodContext context();

    /** An id, or a "#creationId" reference resolved through the request. */
    Optional<String> resolveId(String idOrReference);

    /** A copy of the record as it stands, computed properties excluded. */
    Optional<ObjectNode> get(String id);

    Collection<ObjectNode> all();

    /** Ids of the records this call created so far (and did not destroy). */
    Set<String> createdIds();

    void replace(String id, ObjectNode object);
}
