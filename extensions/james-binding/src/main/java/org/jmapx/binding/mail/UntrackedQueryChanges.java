package org.jmapx.binding.mail;

import org.apache.james.jmap.core.CapabilityIdentifier;
import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.method.Method;
import org.apache.james.mailbox.MailboxSession;
import org.jmapx.binding.capability.ScalaCapabilities;
import org.jmapx.binding.json.JsonBridge;
import org.reactivestreams.Publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import reactor.core.publisher.Mono;

/**
 * A /queryChanges (RFC 8620 5.6) James 3.8.1 does not have, for a /query that says
 * {@code canCalculateChanges: false}: James's router answered unknownMethod, which tells a client the
 * server does not implement the method at all; the truthful answer is the RFC's
 * {@code cannotCalculateChanges}, and the client runs the query again.
 */
public abstract class UntrackedQueryChanges implements Method {
    private final Invocation.MethodName name;
    private final String queryName;
    private final JsonBridge bridge;

    protected UntrackedQueryChanges(String queryName, JsonBridge bridge) {
        this.name = new Invocation.MethodName(queryName.replace("/query", "/queryChanges"));
        this.queryName = queryName;
        this.bridge = bridge;
    }

    // The Scala trait's "val JMAP_RFC8621_PREFIX" surfaces in Java as a getter and a mangled setter.
    @Override
    public String JMAP_RFC8621_PREFIX() {
        return "JMAP-RFC8621-";
    }

    @Override
    public void org$apache$james$jmap$method$Method$_setter_$JMAP_RFC8621_PREFIX_$eq(String value) {
        // only the Scala trait initialiser calls it, and Java classes never run that
    }

    @Override
    public Invocation.MethodName methodName() {
        return name;
    }

    @Override
    public scala.collection.immutable.Set<Refined<String, string.Uri>> requiredCapabilities() {
        return ScalaCapabilities.of(java.util.Set.of(CapabilityIdentifier.JMAP_MAIL()));
    }

    @Override
    public Publisher<InvocationWithContext> process(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                    InvocationWithContext invocation, MailboxSession session) {
        ObjectNode arguments = bridge.toJackson(invocation.invocation().arguments());
        Invocation answer;
        if (!arguments.path("accountId").isTextual()) {
            answer = error(invocation, "invalidArguments", "'/accountId' must be a string");
        } else if (!arguments.path("sinceQueryState").isTextual()) {
            answer = error(invocation, "invalidArguments", "'/sinceQueryState' must be a string");
        } else {
            answer = error(invocation, "cannotCalculateChanges",
                queryName + " results are not tracked (canCalculateChanges is false): run the query again");
        }
        return Mono.just(new InvocationWithContext(answer, invocation.processingContext()));
    }

    private Invocation error(InvocationWithContext invocation, String type, String description) {
        JsonNode error = JsonNodeFactory.instance.objectNode().put("type", type).put("description", description);
        return new Invocation(new Invocation.MethodName("error"), bridge.toPlay((ObjectNode) error), invocation.invocation().methodCallId());
    }
}
