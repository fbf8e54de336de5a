package org.jmapx.sharing.principal;

import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The "accountCapabilities" of an account in a Principal's "accounts" (RFC 9670 2), as the session would
 * give them to the caller; the principals capabilities are added by {@link PrincipalAccounts}.
 */
@FunctionalInterface
public interface AccountCapabilities {
    /** None: for tests of the engine alone. */
    AccountCapabilities NONE = (accountId, owner, sharedTypes) -> JsonNodeFactory.instance.objectNode();

    /**
     * @param owner       the caller acts as the account's owner (their own account, or they are a James delegate)
     * @param sharedTypes for a caller who is not the owner, the container types shared with them there
     */
    ObjectNode of(String accountId, boolean owner, Set<String> sharedTypes);
}
