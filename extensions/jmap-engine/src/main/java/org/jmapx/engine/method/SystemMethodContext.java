package org.jmapx.engine.method;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;


import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The context of a method call the server makes itself for one user's account (an operator's vCard
 * import or export, a migration...), so that it goes through the same validation, change log and
 * push as a client's call.
 */
public final class SystemMethodContext implements MethodContext {
    private final String username;
    private final String accountId;
    private final Map<String, String> creationIds = new HashMap<>();

    public SystemMethodContext(String username, String accountId) {
        this.username = username;
        this.accountId = accountId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String primaryAccountId() {
        return accountId;
    }

    @Override
    public boolean actsAsOwner(String requestedAccountId) {
        return accountId.equals(requestedAccountId);
    }

    @Override
    public Optional<String> resolveCreationId(String creationId) {
        return Optional.ofNullable(creationIds.get(creationId));
    }

    @Override
    public void recordCreationId(String creationId, String id) {
        creationIds.put(creationId, id);
    }

    @Override
    public CoreLimits limits() {
        return CoreLimits.DEFAULT;
    }

    @Override
    public void addImplicitResponse(String methodName, ObjectNode arguments) {
        // no client reads implicit responses of a server-made call
    }
}
