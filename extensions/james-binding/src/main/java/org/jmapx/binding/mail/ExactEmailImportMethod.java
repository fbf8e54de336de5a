package org.jmapx.binding.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
import org.apache.james.jmap.mail.EmailImportRequest;
import org.apache.james.jmap.method.EmailImportMethod;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.routes.BlobResolvers;
import org.apache.james.jmap.routes.ProcessingContext;
import org.apache.james.jmap.routes.SessionSupplier;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.model.MailboxId;
import org.apache.james.metrics.api.MetricFactory;
import org.jmapx.binding.json.JsonBridge;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import play.api.libs.json.JsObject;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Email/import as RFC 8621 4.8 describes it, in place of James 3.8.1's (bound over
 * {@link EmailImportMethod}, docs/adr/0006). James's stores a mime4j re-serialisation of the blob
 * (re-encoded quoted-printable and base64: S/MIME and DKIM signatures break, size and blobId are not
 * the upload's), requires keywords and receivedAt, refuses {@code keywords: {}}, takes one mailbox
 * only, ignores ifInState, and fails the whole call for one malformed EmailImport. Here each
 * EmailImport is read and imported on its own by {@link ExactEmailImporter}; the accountId checks,
 * delegation and the method errors stay those of James's base class, and the states are James's.
 */
public class ExactEmailImportMethod extends EmailImportMethod {
    private static final Logger LOGGER = LoggerFactory.getLogger(ExactEmailImportMethod.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,255}");

    private final ExactEmailImporter importer;
    private final EmailChangeRepository emailChangeRepository;
    private final EmailSetSerializer serializer;
    private final MailboxId.Factory mailboxIdFactory;
    private final JsonBridge bridge;
    private final Clock clock;

    @Inject
    public ExactEmailImportMethod(MetricFactory metricFactory, SessionSupplier sessionSupplier, SessionTranslator sessionTranslator,
                                  BlobResolvers blobResolvers, EmailSetSerializer serializer, MailboxManager mailboxManager,
                                  EmailChangeRepository emailChangeRepository, ExactEmailImporter importer,
                                  MailboxId.Factory mailboxIdFactory, JsonBridge bridge) {
        super(metricFactory, sessionSupplier, sessionTranslator, blobResolvers, serializer, mailboxManager, emailChangeRepository);
        this.importer = importer;
        this.emailChangeRepository = emailChangeRepository;
        this.serializer = serializer;
        this.mailboxIdFactory = mailboxIdFactory;
        this.bridge = bridge;
        this.clock = Clock.systemUTC();
    }

    /**
     * Only what concerns the call as a whole: accountId (read by James's serializer, so its errors
     * are James's), {@code emails} an object keyed by creation ids, ifInState a string or null. The
     * EmailImport objects are read one by one in {@link #doProcess}; the returned request carries none.
     */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public scala.util.Either getRequest(MailboxSession mailboxSession, Invocation invocation) {
        ObjectNode arguments = bridge.toJackson(invocation.arguments());
        JsonNode emails = arguments.get("emails");
        if (emails == null || !emails.isObject()) {
            return new scala.util.Left<>(new IllegalArgumentException("'/emails' must be an object of creation id to EmailImport"));
        }
        List<String> badIds = new ArrayList<>();
        emails.fieldNames().forEachRemaining(creationId -> {
            if (!ID.matcher(creationId).matches()) {
                badIds.add(creationId);
            }
        });
        if (!badIds.isEmpty()) {
            return new scala.util.Left<>(new IllegalArgumentException("email creationId needs to match id constraints: " + badIds));
        }
        JsonNode ifInState = arguments.get("ifInState");
        if (ifInState != null && !ifInState.isNull() && !ifInState.isTextual()) {
            return new scala.util.Left<>(new IllegalArgumentException("'/ifInState' must be a string or null"));
        }
        ObjectNode accountOnly = JsonNodeFactory.instance.objectNode();
        accountOnly.set("accountId", arguments.get("accountId"));
        accountOnly.putObject("emails");
        return serializer.deserializeEmailImportRequest(bridge.toPlay(accountOnly)).asEither()
            .left().map(errors -> new IllegalArgumentException(errors.toString()));
    }

    @Override
    public Publisher<InvocationWithContext> doProcess(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                      InvocationWithContext invocation, MailboxSession session, EmailImportRequest request) {
        ObjectNode arguments = bridge.toJackson(invocation.invocation().arguments());
        JsonNode ifInState = arguments.get("ifInState");
        return latestState(capabilities, session).flatMap(oldState -> {
            if (ifInState != null && ifInState.isTextual() && !ifInState.asText().equals(oldState)) {
                return Mono.just(new InvocationWithContext(stateMismatch(ifInState.asText(), invocation.invocation()),
                    invocation.processingContext()));
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            ObjectNode created = JsonNodeFactory.instance.objectNode();
            ObjectNode notCreated = JsonNodeFactory.instance.objectNode();
            return Flux.fromIterable(() -> arguments.get("emails").fields())
                .concatMap(entry -> importOne(entry, now, session)
                    .doOnNext(entryCreated -> created.set(entry.getKey(), entryCreated))
                    .onErrorResume(failure -> {
                        notCreated.set(entry.getKey(), asSetError(entry.getKey(), failure));
                        return Mono.empty();
                    }))
                .then(latestState(capabilities, session))
                .map(newState -> response(invocation, request, oldState, newState, created, notCreated));
        });
    }

    private Mono<ObjectNode> importOne(Map.Entry<String, JsonNode> entry, Instant now, MailboxSession session) {
        return Mono.fromCallable(() -> EmailImportCreation.read(entry.getValue(), mailboxIdFactory, now))
            .flatMap(creation -> importer.importEmail(creation, session));
    }

    /** A refusal as its SetError; anything else is this EmailImport's serverFail, as in James, not the call's. */
    private static ObjectNode asSetError(String creationId, Throwable failure) {
        if (failure instanceof ImportRefusal refusal) {
            return refusal.asSetError();
        }
        LOGGER.error("Email/import of {} failed", creationId, failure);
        return JsonNodeFactory.instance.objectNode().put("type", "serverFail")
            .put("description", String.valueOf(failure.getMessage()));
    }

    private InvocationWithContext response(InvocationWithContext invocation, EmailImportRequest request, String oldState,
                                           String newState, ObjectNode created, ObjectNode notCreated) {
        ObjectNode response = JsonNodeFactory.instance.objectNode()
            .put("accountId", request.accountId().id())
            .put("oldState", oldState)
            .put("newState", newState);
        // James leaves out an empty created / notCreated; JMAPX's clients see the same shape as before
        if (!created.isEmpty()) {
            response.set("created", created);
        }
        if (!notCreated.isEmpty()) {
            response.set("notCreated", notCreated);
        }
        ProcessingContext context = invocation.processingContext();
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) created::fields) {
            context = context.recordCreatedId(new ClientId(entry.getKey()), new ServerId(entry.getValue().get("id").asText()));
        }
        JsObject arguments = bridge.toPlay(response);
        return new InvocationWithContext(new Invocation(invocation.invocation().methodName(), arguments,
            invocation.invocation().methodCallId()), context);
    }

    private Invocation stateMismatch(String ifInState, Invocation call) {
        ObjectNode error = JsonNodeFactory.instance.objectNode()
            .put("type", "stateMismatch")
            .put("description", "ifInState " + ifInState + " is not the current Email state");
        return new Invocation(new Invocation.MethodName("error"), bridge.toPlay(error), call.methodCallId());
    }

    /** The Email state James's Email/import reports (its retrieveState is private). */
    private Mono<String> latestState(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities, MailboxSession session) {
        AccountId accountId = AccountId.fromUsername(session.getUser());
        boolean shares = capabilities.exists(capability -> capability.value().equals(CapabilityIdentifier.JAMES_SHARES()));
        Mono<State> state = Mono.from(shares ? emailChangeRepository.getLatestStateWithDelegation(accountId)
            : emailChangeRepository.getLatestState(accountId));
        return state.map(latest -> latest.getValue().toString());
    }
}
