package org.jmapx.engine.store;

import java.util.Map;
import java.util.Set;

import org.jmapx.engine.state.Change;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One write of an (account, type): the objects to store, the ids to delete, and the change they make.
 * Objects written without a change would be invisible to /changes: a commit that writes has a change.
 */
public record Commit(String accountId, String type, Map<String, ObjectNode> puts, Set<String> deletes, Change change) {
    public Commit {
        if (change.isEmpty() && !(puts.isEmpty() && deletes.isEmpty())) {
            throw new IllegalArgumentException("Objects written without a change would be invisible to /changes");
        }
        puts = Map.copyOf(puts);
        deletes = Set.copyOf(deletes);
    }
}
