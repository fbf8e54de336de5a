package org.jmapx.binding.smime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.james.jmap.api.change.EmailChangeRepository;
import org.apache.james.jmap.api.change.State;
import org.apache.james.jmap.api.model.AccountId;
import org.apache.james.jmap.core.CapabilityIdentifier;
import org.apache.james.jmap.core.ClientId;
import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.core.ServerId;
import org.apache.james.jmap.core.SessionTranslator;
import org.apache.james.jmap.json.EmailSetSerializer;
import org.apache.james.jmap.mail.EmailCreationId;
import org.apache.james.jmap.mail.EmailSetRequest;
import org.apache.james.jmap.method.EmailSetCreatePerformer;
import org.apache.james.jmap.method.EmailSetDeletePerformer;
import org.apache.james.jmap.method.EmailSetMethod;
import org.apache.james.jmap.method.EmailSetUpdatePerformer;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.routes.ProcessingContext;
import org.apache.james.jmap.routes.SessionSupplier;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.metrics.api.MetricFactory;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import play.api.libs.json.JsObject;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scala.publisher.SMono;

/**
 * James's Email/set plus draft-ietf-jmap-smime-sender-extensions' smimeSign / smimeEncrypt. Bound in
 * place of {@link EmailSetMethod} like Email/get (docs/adr/0006). Without an S/MIME property in any
 * creation, James runs untouched; without the smime-advanced capability in {@code using}, creations naming
 * one are refused (James would ignore the property and store the message in clear). Otherwise James
 * runs the destroys, updates and plain creations, and {@link SmimeEmailCreator} creates the protected
 * ones: their plaintext is never stored, so it never shows in Email/changes, push or the deleted-message
 * vault, and a crash cannot leave it behind.
 */
public class SmimeEmailSetMethod extends EmailSetMethod {
    private final SmimeCreationPlanner planner;
    private final SmimeEmailCreator creator;
    private final EmailChangeRepository emailChangeRepository;
    private final JsonBridge bridge;

    @Inject
    public SmimeEmailSetMethod(EmailSetSerializer serializer, MetricFactory metricFactory, SessionSupplier sessionSupplier,
                               SessionTranslator sessionTranslator, EmailSetCreatePerformer createPerformer,
                               EmailSetDeletePerformer deletePerformer, EmailSetUpdatePerformer updatePerformer,
                               EmailChangeRepository emailChangeRepository, SmimeCreationPlanner planner,
                               SmimeEmailCreator creator, JsonBridge bridge) {
        super(serializer, metricFactory, sessionSupplier, sessionTranslator, createPerformer, deletePerformer, updatePerformer,
            emailChangeRepository);
        this.planner = planner;
        this.creator = creator;
        this.emailChangeRepository = emailChangeRepository;
        this.bridge = bridge;
    }

    /**
     * Runs after James parsed the request and translated the session (delegation), so the protected
     * creations are stored in the account the request names, as James's would be.
     */
    @Override
    public SMono<InvocationWithContext> doProcess(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                  InvocationWithContext invocation, MailboxSession session, EmailSetRequest request) {
        if (!mentionsSmime(request)) {
            return super.doProcess(capabilities, invocation, session, request);
        }
        Map<String, EmailCreationId> creationIds = new LinkedHashMap<>();
        ObjectNode arguments = JsonNodeFactory.instance.objectNode();
        ObjectNode creations = arguments.putObject("create");
        request.create().get().foreach(entry -> {
            creationIds.put(entry._1().id(), entry._1());
            return creations.set(entry._1().id(), bridge.toJackson(entry._2()));
        });
        Mono<SmimeCreationPlan> planned = SmimeAdvancedCapability.isUsed(capabilities) ? planner.plan(arguments, keyOwner(session))
            : Mono.fromSupplier(() -> planner.refuseAll(arguments));
        Mono<InvocationWithContext> processed = planned
            .flatMap(plan -> Mono.from(super.doProcess(capabilities, invocation, session, forJames(request, creations, creationIds, plan)))
                .flatMap(response -> Flux.fromIterable(plan.protections().entrySet())
                    .concatMap(protection -> creator.create(creationIds.get(protection.getKey()),
                        bridge.toPlay((ObjectNode) creations.get(protection.getKey())), protection.getValue(), session))
                    .collectList()
                    .flatMap(outcomes -> latestState(capabilities, session)
                        .map(newState -> merged(response, plan, outcomes, newState)))));
        return SMono.fromPublisher(processed);
    }

    /** The request without the creations JMAPX stores or refuses; the others without their S/MIME properties. */
    private EmailSetRequest forJames(EmailSetRequest request, ObjectNode creations, Map<String, EmailCreationId> creationIds,
                                     SmimeCreationPlan plan) {
        scala.collection.immutable.Map<EmailCreationId, JsObject> plain = request.create().get();
        for (Map.Entry<String, EmailCreationId> creation : creationIds.entrySet()) {
            if (plan.protections().containsKey(creation.getKey()) || plan.errors().containsKey(creation.getKey())) {
                plain = plain.removed(creation.getValue());
            } else {
                plain = plain.updated(creation.getValue(), bridge.toPlay((ObjectNode) creations.get(creation.getKey())));
            }
        }
        return new EmailSetRequest(request.accountId(), scala.Option.apply(plain), request.update(), request.destroy());
    }

    /** James's response plus the protected creations and refusals; newState is taken after them. */
    private InvocationWithContext merged(InvocationWithContext response, SmimeCreationPlan plan, List<SmimeEmailCreator.Outcome> outcomes,
                                         String newState) {
        ObjectNode arguments = bridge.toJackson(response.invocation().arguments());
        ProcessingContext context = response.processingContext();
        for (SmimeEmailCreator.Outcome outcome : outcomes) {
            outcome.created().ifPresent(created -> objectAt(arguments, "created").set(outcome.creationId(), created));
            outcome.notCreated().ifPresent(error -> objectAt(arguments, "notCreated").set(outcome.creationId(), error));
            if (outcome.createdId().isPresent()) {
                context = context.recordCreatedId(new ClientId(outcome.creationId()), new ServerId(outcome.createdId().get()));
            }
        }
        plan.errors().forEach((creationId, error) -> objectAt(arguments, "notCreated").set(creationId, error));
        arguments.put("newState", newState);
        return new InvocationWithContext(new Invocation(response.invocation().methodName(), bridge.toPlay(arguments),
            response.invocation().methodCallId()), context);
    }

    private static ObjectNode objectAt(ObjectNode parent, String field) {
        return parent.get(field) instanceof ObjectNode existing ? existing : parent.putObject(field);
    }

    /** Same state James's Email/set reports (its retrieveState is private). */
    private Mono<String> latestState(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities, MailboxSession session) {
        AccountId accountId = AccountId.fromUsername(session.getUser());
        boolean shares = capabilities.exists(capability -> capability.value().equals(CapabilityIdentifier.JAMES_SHARES()));
        Mono<State> state = shares ? emailChangeRepository.getLatestStateWithDelegation(accountId)
            : emailChangeRepository.getLatestState(accountId);
        return state.map(latest -> latest.getValue().toString());
    }

    /**
     * Whose key signs: the user who is logged in, never the owner of a delegated account (a delegate
     * must not sign with the owner's key, as it must not decrypt with it).
     */
    private static String keyOwner(MailboxSession session) {
        return session.getLoggedInUser().orElse(session.getUser()).asString();
    }

    private static boolean mentionsSmime(EmailSetRequest request) {
        return request.create().isDefined() && request.create().get().values().exists(creation ->
            creation.value().contains(SmimeCreationPlanner.SIGN) || creation.value().contains(SmimeCreationPlanner.ENCRYPT));
    }

    /** Same as James's; the raw type works around Scala's covariant Either (see SmimeEmailGetMethod). */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public scala.util.Either getRequest(MailboxSession mailboxSession, Invocation invocation) {
        return super.getRequest(mailboxSession, invocation);
    }
}
