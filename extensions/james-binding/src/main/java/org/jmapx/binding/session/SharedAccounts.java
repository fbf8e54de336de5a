package org.jmapx.binding.session;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.jmapx.binding.sharing.SharedContainerCapability;
import org.jmapx.binding.sharing.UsersPrincipals;
import org.jmapx.engine.access.SharedAccountsIndex;
import org.jmapx.engine.access.SharedAccountsIndex.SharedAccount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adds to James's session what RFC 9670 asks of it: the accounts other users shared something in
 * (isPersonal false, read-only when nothing there is writable, the capabilities of the shared types), the
 * principals capability of the user's own account and the principals:owner capability of every account.
 * An account appears as soon as something in it is shared with the user, before they subscribe to it
 * (RFC 9670 1.3 leaves this to the server: a sharee must be able to find what was shared to subscribe).
 */
public class SharedAccounts {
    static final String PRINCIPALS = "urn:ietf:params:jmap:principals";
    static final String PRINCIPALS_OWNER = "urn:ietf:params:jmap:principals:owner";

    private final SharedAccountsIndex index;
    private final UsersPrincipals principals;
    private final Map<String, SharedContainerCapability> capabilityByContainerType;

    @Inject
    public SharedAccounts(SharedAccountsIndex index, UsersPrincipals principals, Set<SharedContainerCapability> capabilities) {
        this.index = index;
        this.principals = principals;
        this.capabilityByContainerType = capabilities.stream()
            .collect(Collectors.toMap(SharedContainerCapability::containerType, capability -> capability));
    }

    /** Blocks: James's users repository may be read. */
    ObjectNode complete(ObjectNode session, String ownAccountId) {
        ObjectNode accounts = (ObjectNode) session.get("accounts");
        ObjectNode own = (ObjectNode) accounts.get(ownAccountId);
        Map<String, SharedAccount> shared = index.accountsSharedWith(ownAccountId);
        for (SharedAccount account : shared.values()) {
            if (!accounts.has(account.accountId())) {
                String owner = principals.username(account.accountId());
                if (owner != null) {
                    accounts.set(account.accountId(), sharedAccount(account, owner, own));
                }
            }
        }
        accounts.fields().forEachRemaining(entry -> {
            ObjectNode capabilities = (ObjectNode) entry.getValue().get("accountCapabilities");
            capabilities.putObject(PRINCIPALS_OWNER)
                .put("accountIdForPrincipal", ownAccountId)
                .put("principalId", entry.getKey());
        });
        if (own != null) {
            ((ObjectNode) own.get("accountCapabilities")).putObject(PRINCIPALS).put("currentUserPrincipalId", ownAccountId);
        }
        if (session.path("capabilities").has(PRINCIPALS)) {
            ((ObjectNode) session.get("primaryAccounts")).put(PRINCIPALS, ownAccountId);
        }
        if (!shared.isEmpty()) {
            // the session changed when the accounts did (RFC 8620 2): the state follows them
            session.put("state", session.path("state").asText() + "-" + Integer.toHexString(shared.keySet().hashCode()));
        }
        return session;
    }

    private ObjectNode sharedAccount(SharedAccount account, String owner, ObjectNode own) {
        ObjectNode json = own.objectNode();
        json.put("name", owner);
        json.put("isPersonal", false);
        json.put("isReadOnly", !account.writable());
        ObjectNode capabilities = json.putObject("accountCapabilities");
        JsonNode ownCapabilities = own == null ? null : own.get("accountCapabilities");
        for (String containerType : account.containerTypes()) {
            SharedContainerCapability capability = capabilityByContainerType.get(containerType);
            if (capability != null && ownCapabilities != null && ownCapabilities.has(capability.capability())) {
                ObjectNode copy = ownCapabilities.get(capability.capability()).deepCopy();
                copy.setAll(capability.shareeOverrides());
                capabilities.set(capability.capability(), copy);
            }
        }
        return json;
    }
}
