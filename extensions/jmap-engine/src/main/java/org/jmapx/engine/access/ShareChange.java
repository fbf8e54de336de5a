package org.jmapx.engine.access;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The shareWith of one container changed (or the container was destroyed, which revokes every grant).
 *
 * @param oldGrants rights by principal id before, complete over the vocabulary
 * @param newGrants rights by principal id after (empty for a destroyed container)
 */
public record ShareChange(String accountId, String containerType, String containerId, String containerName,
                          String changedBy, Map<String, ObjectNode> oldGrants, Map<String, ObjectNode> newGrants,
                          RightsModel rights) {

    /** Whether the principal may now change anything: items, the container or its sharing. */
    public boolean grantsWriting(String principal) {
        ObjectNode granted = newGrants.get(principal);
        return rights.allows(granted, RightsModel.Operation.WRITE_ITEMS)
            || rights.allows(granted, RightsModel.Operation.MODIFY_CONTAINER)
            || rights.allows(granted, RightsModel.Operation.SHARE);
    }

    /** The principals whose rights differ between before and after. */
    public Set<String> affectedPrincipals() {
        Set<String> principals = new LinkedHashSet<>(oldGrants.keySet());
        principals.addAll(newGrants.keySet());
        principals.removeIf(principal -> java.util.Objects.equals(oldGrants.get(principal), newGrants.get(principal)));
        return principals;
    }
}
