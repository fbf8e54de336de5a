package org.jmapx.engine.method;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a method sees of the request it runs in (RFC 8620 section 3): who is calling, which
 * accounts they may use, and the creation ids of the request so far, shared with the server's
 * own methods.
 */
public interface MethodContext {
    /** The authenticated user's name. */
    String username();

    /** The account id of the authenticated user's own account. */
    String primaryAccountId();

    /**
     * True when the caller acts as the owner of this account: it is their own, or its owner made them a
     * delegate (James's delegation). Anything else they reach through what is shared with them.
     */
    boolean actsAsOwner(String accountId);

    /** The caller's principal id (RFC 9670): the id of their own account. */
    default String principalId() {
        return primaryAccountId();
    }

    /** The server id an earlier call of this request created for {@code creationId} (without '#'). */
    Optional<String> resolveCreationId(String creationId);

    /** Remembers that {@code creationId} created {@code id}, for later calls of this request. */
    void recordCreationId(String creationId, String id);

    /** The limits of the core capability. */
    CoreLimits limits();

    /**
     * Adds a response right after the current call's, for the implicit calls of RFC 8620 5.4 (/copy with
     * onSuccessDestroyOriginal adds a "Foo/set" response, or an "error" response with type and description).
     */
    void addImplicitResponse(String methodName, ObjectNode arguments);
}
