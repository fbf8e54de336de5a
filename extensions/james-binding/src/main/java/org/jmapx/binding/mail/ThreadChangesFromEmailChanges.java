package org.jmapx.binding.mail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;

import org.apache.james.jmap.api.change.EmailChanges;
import org.apache.james.jmap.api.change.Limit;
import org.apache.james.jmap.api.change.State;
import org.apache.james.jmap.api.exception.ChangeNotFoundException;
import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.core.SessionTranslator;
import org.apache.james.jmap.mail.ThreadChangesRequest;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.method.ThreadChangesMethod;
import org.apache.james.jmap.routes.SessionSupplier;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageIdManager;
import org.apache.james.mailbox.exception.ThreadNotFoundException;
import org.apache.james.mailbox.model.ComposedMessageIdWithMetaData;
import org.apache.james.mailbox.model.MessageId;
import org.apache.james.mailbox.model.ThreadId;
import org.apache.james.metrics.api.MetricFactory;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scala.publisher.SMono;
import reactor.core.scala.publisher.SMono$;

/**
 * Thread/changes (RFC 8620 5.2) derived from the Email changes, in place of James 3.8.1's stub that
 * always answers "no changes". The Thread state is the Email state ({@link ThreadGetWithEmailState}).
 * The Emails created since the state give their Threads: a Thread all of whose Emails were created
 * since then is {@code created}, any other {@code updated}. Updated Emails do not change their
 * Thread (a Thread is only its emailIds, and James never moves an Email to another Thread). A
 * destroyed Email's Thread can no longer be read from the mailbox layer, so a window with destroyed
 * Emails answers {@code cannotCalculateChanges}, the RFC's answer when the server cannot tell, and
 * the client refetches its Threads. Bound over {@link ThreadChangesMethod} (docs/adr/0006).
 */
public class ThreadChangesFromEmailChanges extends ThreadChangesMethod {
    private final EmailStates states;
    private final MessageIdManager messageIdManager;
    private final MailboxManager mailboxManager;
    private final JsonBridge bridge;

    @Inject
    public ThreadChangesFromEmailChanges(MetricFactory metricFactory, SessionSupplier sessionSupplier,
                                         SessionTranslator sessionTranslator, EmailStates states,
                                         MessageIdManager messageIdManager, MailboxManager mailboxManager, JsonBridge bridge) {
        super(metricFactory, sessionSupplier, sessionTranslator);
        this.states = states;
        this.messageIdManager = messageIdManager;
        this.mailboxManager = mailboxManager;
        this.bridge = bridge;
    }

    @Override
    public SMono<InvocationWithContext> doProcess(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                  InvocationWithContext invocation, MailboxSession session, ThreadChangesRequest request) {
        Invocation call = invocation.invocation();
        // James reads "maxChanged" (sic): the RFC's maxChanges is read here
        JsonNode maxChanges = bridge.toJackson(call.arguments()).get("maxChanges");
        if (maxChanges != null && !maxChanges.isNull() && !(maxChanges.canConvertToInt() && maxChanges.isIntegralNumber()
            && maxChanges.asInt() > 0)) {
            return answer(error(call, "invalidArguments", "maxChanges must be a positive integer or null"), invocation);
        }
        Optional<Limit> limit = maxChanges == null || maxChanges.isNull() ? Optional.empty() : Optional.of(Limit.of(maxChanges.asInt()));
        String since = request.sinceState().value().toString();
        Mono<Invocation> answered = states.since(capabilities, session, State.of(request.sinceState().value()), limit)
            .flatMap(changes -> changes.getDestroyed().isEmpty()
                ? threadChanges(changes, session).map(threads -> response(call, request, since, changes, threads))
                : Mono.just(error(call, "cannotCalculateChanges",
                    "Emails were destroyed since " + since + ": their Threads cannot be told, fetch the Threads again")))
            .onErrorResume(ChangeNotFoundException.class, e -> Mono.just(error(call, "cannotCalculateChanges", e.getMessage())));
        return answer(answered, invocation);
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

    private record ThreadIds(Set<String> created, Set<String> updated) {
    }

    private Mono<ThreadIds> threadChanges(EmailChanges changes, MailboxSession session) {
        Set<MessageId> createdEmails = changes.getCreated();
        ThreadIds threads = new ThreadIds(new LinkedHashSet<>(), new LinkedHashSet<>());
        if (createdEmails.isEmpty()) {
            return Mono.just(threads);
        }
        return Flux.from(messageIdManager.messagesMetadata(createdEmails, session))
            .map(ComposedMessageIdWithMetaData::getThreadId)
            .distinct()
            .concatMap(threadId -> emailsOf(threadId, session)
                .doOnNext(emails -> (createdEmails.containsAll(emails) ? threads.created() : threads.updated()).add(threadId.serialize())))
            .then(Mono.just(threads));
    }

    /** The Thread's Emails; none when it is gone again (created and destroyed within the window: left out). */
    private Mono<List<MessageId>> emailsOf(ThreadId threadId, MailboxSession session) {
        return Flux.from(mailboxManager.getThread(threadId, session))
            .collectList()
            .filter(emails -> !emails.isEmpty())
            .onErrorResume(ThreadNotFoundException.class, e -> Mono.empty());
    }

    private Invocation response(Invocation call, ThreadChangesRequest request, String since, EmailChanges changes, ThreadIds threads) {
        ObjectNode response = JsonNodeFactory.instance.objectNode()
            .put("accountId", request.accountId().id())
            .put("oldState", since)
            .put("newState", changes.getNewState().getValue().toString())
            .put("hasMoreChanges", changes.hasMoreChanges());
        threads.created().forEach(response.putArray("created")::add);
        threads.updated().forEach(response.putArray("updated")::add);
        response.putArray("destroyed");
        return new Invocation(call.methodName(), bridge.toPlay(response), call.methodCallId());
    }

    private Invocation error(Invocation call, String type, String description) {
        ObjectNode error = JsonNodeFactory.instance.objectNode().put("type", type).put("description", description);
        return new Invocation(new Invocation.MethodName("error"), bridge.toPlay(error), call.methodCallId());
    }

    private static SMono<InvocationWithContext> answer(Invocation response, InvocationWithContext invocation) {
        return answer(Mono.just(response), invocation);
    }

    private static SMono<InvocationWithContext> answer(Mono<Invocation> response, InvocationWithContext invocation) {
        return SMono$.MODULE$.fromPublisher(response.map(answered -> new InvocationWithContext(answered, invocation.processingContext())));
    }
}
