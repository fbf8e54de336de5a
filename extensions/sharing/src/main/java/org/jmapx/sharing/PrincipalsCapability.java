package org.jmapx.sharing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The capabilities of RFC 9670 section 1.5. */
public final class PrincipalsCapability {
    public static final String URN = "urn:ietf:params:jmap:principals";
    /** Only an account capability, never in the session's capabilities (RFC 9670 1.5.2). */
    public static final String OWNER_URN = "urn:ietf:params:jmap:principals:owner";

    private PrincipalsCapability() {
    }

    /** urn:ietf:params:jmap:principals of an account, for the user whose principal id is given (or null). */
    public static ObjectNode accountCapability(String currentUserPrincipalId) {
        ObjectNode capability = JsonNodeFactory.instance.objectNode();
        if (currentUserPrincipalId == null) {
            capability.putNull("currentUserPrincipalId");
        } else {
            capability.put("currentUserPrincipalId", currentUserPrincipalId);
        }
        return capability;
    }

    /** urn:ietf:params:jmap:principals:owner of an account owned by {@code principalId}. */
    public static ObjectNode ownerCapability(String accountIdForPrincipal, String principalId) {
        return JsonNodeFactory.instance.objectNode()
            .put("accountIdForPrincipal", accountIdForPrincipal)
            .put("principalId", principalId);
    }
}
