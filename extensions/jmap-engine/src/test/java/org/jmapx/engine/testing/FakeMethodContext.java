package org.jmapx.engine.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.CoreLimits;
import org.jmapx.engine.method.MethodContext;

/** A request context for method tests: a user, the accounts they may use, and the request's creation ids. */
public final class FakeMethodContext implements MethodContext {
    /** An implicit response a method added (RFC 8620 5.4). */
    public record ImplicitResponse(String methodName, ObjectNode arguments) { }

    private final String accountId;
    private final Set<String> accessible;
    private final CoreLimits limits;
    private final Map<String, String> creationIds = new HashMap<>();
    private final List<ImplicitResponse> implicitResponses = new ArrayList<>();

    public FakeMethodContext(String accountId, Set<String> otherAccessibleAccounts, CoreLimits limits) {
        this.accountId = accountId;
        this.accessible = new HashSet<>(otherAccessibleAccounts);
        this.accessible.add(accountId);
        this.limits = limits;
    }

    public static FakeMethodContext of(String accountId) {
        return new FakeMethodContext(accountId, Set.of(), CoreLimits.DEFAULT);
    }

    public FakeMethodContext withLimits(CoreLimits newLimits) {
        return new FakeMethodContext(accountId, accessible, newLimits);
    }

    public FakeMethodContext alsoAccessing(String otherAccountId) {
        Set<String> others = new HashSet<>(accessible);
        others.add(otherAccountId);
        return new FakeMethodContext(accountId, others, limits);
    }

    /** A new request of the same user: creation ids of the previous one are forgotten. */
    public FakeMethodContext nextRequest() {
        return new FakeMethodContext(accountId, accessible, limits);
    }

    public List<ImplicitResponse> implicitResponses() {
        return List.copyOf(implicitResponses);
    }

    @Override
    public String username() {
        return accountId + "@example.com";
    }

    @Override
    public String primaryAccountId() {
        return accountId;
    }

    @Override
    public boolean actsAsOwner(String accountId) {
        return accessible.contains(accountId);
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
        return limits;
    }

    @Override
    public void addImplicitResponse(String methodName, ObjectNode arguments) {
        implicitResponses.add(new ImplicitResponse(methodName, arguments));
    }
}
