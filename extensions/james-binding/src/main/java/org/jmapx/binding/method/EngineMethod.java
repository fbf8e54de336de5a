package org.jmapx.binding.method;

import java.util.ArrayList;
import java.util.List;

import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.method.Method;
import org.apache.james.jmap.routes.ProcessingContext;
import org.apache.james.mailbox.MailboxSession;
import org.jmapx.binding.account.AccountDirectory;
import org.jmapx.binding.account.Delegators;
import org.jmapx.binding.capability.ScalaCapabilities;
import org.jmapx.binding.json.JsonBridge;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodErrorException;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Presents one engine method to James's JMAP router. The engine blocks on its stores, so the
 * call runs on a scheduler meant for blocking work, never on the HTTP event loop.
 */
public class EngineMethod implements Method {
    private static final Logger LOGGER = LoggerFactory.getLogger(EngineMethod.class);
    private static final Invocation.MethodName ERROR = new Invocation.MethodName("error");

    private final JmapMethod method;
    private final AccountDirectory accounts;
    private final Delegators delegators;
    private final JsonBridge bridge;
    private final Scheduler scheduler;
    private final Invocation.MethodName methodName;
    private final scala.collection.immutable.Set<Refined<String, string.Uri>> requiredCapabilities;

    public EngineMethod(JmapMethod method, AccountDirectory accounts, Delegators delegators, JsonBridge bridge,
                        Scheduler scheduler) {
        this.method = method;
        this.accounts = accounts;
        this.delegators = delegators;
        this.bridge = bridge;
        this.scheduler = scheduler;
        this.methodName = new Invocation.MethodName(method.name());
        this.requiredCapabilities = ScalaCapabilities.of(method.requiredCapabilities());
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
        return methodName;
    }

    @Override
    public scala.collection.immutable.Set<Refined<String, string.Uri>> requiredCapabilities() {
        return requiredCapabilities;
    }

    @Override
    public Publisher<InvocationWithContext> process(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                    InvocationWithContext invocation,
                                                    MailboxSession mailboxSession) {
        return Mono.fromCallable(() -> call(invocation, mailboxSession))
            .subscribeOn(scheduler)
            .flatMapIterable(responses -> responses);
    }

    /** The call's response, then the implicit responses it asked for, all sharing the updated context. */
    private List<InvocationWithContext> call(InvocationWithContext invocation, MailboxSession mailboxSession) {
        Invocation.MethodCallId callId = invocation.invocation().methodCallId();
        String username = mailboxSession.getUser().asString();
        JamesMethodContext context = new JamesMethodContext(username, accounts.register(username), invocation.processingContext(),
            () -> delegators.accountIdsDelegatedTo(username));
        try {
            ObjectNode response = method.call(bridge.toJackson(invocation.invocation().arguments()), context);
            ProcessingContext updatedContext = context.updatedProcessingContext();
            List<InvocationWithContext> responses = new ArrayList<>();
            responses.add(new InvocationWithContext(new Invocation(methodName, bridge.toPlay(response), callId), updatedContext));
            context.implicitResponses().forEach(implicit -> responses.add(new InvocationWithContext(
                new Invocation(new Invocation.MethodName(implicit.methodName()), bridge.toPlay(implicit.arguments()), callId),
                updatedContext)));
            return responses;
        } catch (MethodErrorException e) {
            return List.of(new InvocationWithContext(error(e.type(), e.description(), callId), invocation.processingContext()));
        } catch (RuntimeException e) {
            LOGGER.error("{} failed for {}", method.name(), username, e);
            return List.of(new InvocationWithContext(error("serverFail", "Internal error while processing " + method.name(), callId),
                invocation.processingContext()));
        }
    }

    private Invocation error(String type, String description, Invocation.MethodCallId callId) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("type", type);
        if (description != null) {
            body.put("description", description);
        }
        return new Invocation(ERROR, bridge.toPlay(body), callId);
    }
}
