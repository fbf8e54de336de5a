package org.jmapx.binding.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.james.jmap.core.ClientId;
import org.apache.james.jmap.core.ServerId;
import org.apache.james.jmap.routes.ProcessingContext;
import org.jmapx.engine.method.CoreLimits;
import org.jmapx.engine.method.MethodContext;

import com.fasterxml.jackson.databind.node.ObjectNode;

import scala.Option;

/**
 * The engine's view of one James method call: the caller and the request's creation ids.
 * Creation ids recorded here are written back into James's ProcessingContext after the call,
 * so that James's own methods (and James's reference resolution) see JMAPX creations too.
 */
class JamesMethodContext implements MethodContext {
    private final String username;
    private final String accountId;
    private final ProcessingContext processingContext;
    /** The accounts whose owners made the caller their delegate (James's delegation). */
    private final Supplier<Set<String>> delegators;
    private final Map<String, String> recordedCreationIds = new LinkedHashMap<>();
    private final List<ImplicitResponse> implicitResponses = new ArrayList<>();

    JamesMethodContext(String username, String accountId, ProcessingContext processingContext,
                       Supplier<Set<String>> delegators) {
        this.username = username;
        this.accountId = accountId;
        this.processingContext = processingContext;
        this.delegators = memoized(delegators);
    }

    /** Read once per call, and only when the call reaches another account than the caller's own. */
    private static Supplier<Set<String>> memoized(Supplier<Set<String>> supplier) {
        return new Supplier<>() {
            private Set<String> value;

            @Override
            public synchronized Set<String> get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
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
        return accountId.equals(requestedAccountId) || delegators.get().contains(requestedAccountId);
    }

    @Override
    public Optional<String> resolveCreationId(String creationId) {
        String recorded = recordedCreationIds.get(creationId);
        if (recorded != null) {
            return Optional.of(recorded);
        }
        return knownToJames(creationId);
    }

    @Override
    public void recordCreationId(String creationId, String id) {
        recordedCreationIds.put(creationId, id);
    }

    @Override
    public CoreLimits limits() {
        // James 3.8.1 advertises fixed limits in its core capability (CoreCapabilityProperties).
        return CoreLimits.DEFAULT;
    }

    @Override
    public void addImplicitResponse(String methodName, ObjectNode arguments) {
        implicitResponses.add(new ImplicitResponse(methodName, arguments));
    }

    List<ImplicitResponse> implicitResponses() {
        return implicitResponses;
    }

    ProcessingContext updatedProcessingContext() {
        ProcessingContext updated = processingContext;
        for (Map.Entry<String, String> entry : recordedCreationIds.entrySet()) {
            updated = updated.recordCreatedId(new ClientId(entry.getKey()), new ServerId(entry.getValue()));
        }
        return updated;
    }

    private Optional<String> knownToJames(String creationId) {
        // ProcessingContext keeps its creation ids private; the case class accessor is the only read path in 3.8.1.
        Option<ServerId> serverId = processingContext.creationIds$access$0().get(new ClientId(creationId));
        return serverId.isDefined() ? Optional.of(serverId.get().value()) : Optional.empty();
    }

    /** A response the engine adds after the current call's (RFC 8620 5.4 implicit Foo/set). */
    record ImplicitResponse(String methodName, ObjectNode arguments) {
    }
}
