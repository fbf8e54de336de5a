package org.jmapx.sharing.principal;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodContext;
import org.jmapx.sharing.PrincipalsCapability;

/**
 * A Principal's "accounts" for one caller (RFC 9670 2): the Principal's own account (its id is the
 * principal id) when the caller may reach it, as its owner, its James delegate, or a sharee; null otherwise.
 */
public final class PrincipalAccounts {
    /** The accounts something is shared in with a principal, with the container types shared. */
    @FunctionalInterface
    public interface SharedAccounts {
        SharedAccounts NONE = principalId -> Map.of();

        Map<String, Set<String>> accountsSharedWith(String principalId);
    }

    private final SharedAccounts shared;
    private final AccountCapabilities capabilities;
    /** One lookup of the shared accounts per call, not one per Principal of a /get. */
    private final Map<MethodContext, Map<String, Set<String>>> sharedPerCall = Collections.synchronizedMap(new WeakHashMap<>());

    public PrincipalAccounts(SharedAccounts shared, AccountCapabilities capabilities) {
        this.shared = shared;
        this.capabilities = capabilities;
    }

    public JsonNode of(String principalId, String email, MethodContext caller) {
        boolean owner = caller.actsAsOwner(principalId);
        Set<String> sharedTypes = owner ? Set.of()
            : sharedPerCall.computeIfAbsent(caller, any -> shared.accountsSharedWith(caller.principalId()))
                .getOrDefault(principalId, Set.of());
        if (!owner && sharedTypes.isEmpty()) {
            return JsonNodeFactory.instance.nullNode();
        }
        ObjectNode account = JsonNodeFactory.instance.objectNode();
        account.put("name", email == null ? principalId : email);
        account.put("isPersonal", principalId.equals(caller.principalId()));
        // what a sharee may write is decided container by container: the account as a whole is not read-only
        account.put("isReadOnly", false);
        ObjectNode accountCapabilities = capabilities.of(principalId, owner, sharedTypes).deepCopy();
        if (owner) {
            accountCapabilities.set(PrincipalsCapability.URN, PrincipalsCapability.accountCapability(caller.principalId()));
        }
        accountCapabilities.set(PrincipalsCapability.OWNER_URN,
            PrincipalsCapability.ownerCapability(caller.primaryAccountId(), principalId));
        account.set("accountCapabilities", accountCapabilities);
        ObjectNode accounts = JsonNodeFactory.instance.objectNode();
        accounts.set(principalId, account);
        return accounts;
    }
}
