package org.jmapx.binding.mail;

import javax.inject.Inject;

import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.core.SessionTranslator;
import org.apache.james.jmap.mail.ThreadGetRequest;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.method.ThreadGetMethod;
import org.apache.james.jmap.routes.SessionSupplier;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.model.ThreadId;
import org.apache.james.metrics.api.MetricFactory;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import reactor.core.publisher.Mono;
import reactor.core.scala.publisher.SMono;
import reactor.core.scala.publisher.SMono$;

/**
 * James's Thread/get, with a real state. James 3.8.1 answers one constant state for every account,
 * so Thread/changes can never report anything (RFC 8620 5.1, 5.2). A Thread changes exactly when an
 * Email is added to it or removed from it, so the Thread state here is the Email state, read before
 * the threads (a change racing the read is reported again, never lost); {@link ThreadChangesFromEmailChanges}
 * answers Thread/changes from it. Bound over {@link ThreadGetMethod} (docs/adr/0006).
 */
public class ThreadGetWithEmailState extends ThreadGetMethod {
    private final EmailStates states;
    private final JsonBridge bridge;

    @Inject
    public ThreadGetWithEmailState(MetricFactory metricFactory, SessionSupplier sessionSupplier, SessionTranslator sessionTranslator,
                                   ThreadId.Factory threadIdFactory, MailboxManager mailboxManager, EmailStates states,
                                   JsonBridge bridge) {
        super(metricFactory, sessionSupplier, sessionTranslator, threadIdFactory, mailboxManager);
        this.states = states;
        this.bridge = bridge;
    }

    @Override
    public SMono<InvocationWithContext> doProcess(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                  InvocationWithContext invocation, MailboxSession session, ThreadGetRequest request) {
        Mono<InvocationWithContext> answered = states.latest(capabilities, session)
            .flatMap(state -> Mono.from(super.doProcess(capabilities, invocation, session, request))
                .map(response -> withState(response, state)));
        return SMono$.MODULE$.fromPublisher(answered);
    }

    /**
     * Same as James's. Declared because Scala's covariant Either in the superclass signature is not
     * expressible in Java: the raw type lets javac accept the subclass.
     */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public scala.util.Either getRequest(MailboxSession mailboxSession, Invocation invocation) {
        return super.getRequest(mailboxSession, invocation);
    }

    private InvocationWithContext withState(InvocationWithContext response, String state) {
        if (!response.invocation().methodName().equals(methodName())) {
            return response;
        }
        ObjectNode arguments = bridge.toJackson(response.invocation().arguments());
        arguments.put("state", state);
        return new InvocationWithContext(new Invocation(response.invocation().methodName(), bridge.toPlay(arguments),
            response.invocation().methodCallId()), response.processingContext());
    }
}
