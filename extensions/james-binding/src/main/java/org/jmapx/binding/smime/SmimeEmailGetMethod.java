package org.jmapx.binding.smime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.apache.james.jmap.api.change.EmailChangeRepository;
import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.core.SessionTranslator;
import org.apache.james.jmap.mail.EmailViewReaderFactory;
import org.apache.james.jmap.method.EmailGetMethod;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.routes.SessionSupplier;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.model.MessageId;
import org.apache.james.metrics.api.MetricFactory;
import org.jmapx.binding.json.JsonBridge;
import org.jmapx.smime.service.SmimeRequest;
import org.jmapx.smime.service.SmimeResult;
import org.jmapx.smime.service.SmimeStatusService;
import org.reactivestreams.Publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import play.api.libs.json.JsArray;
import play.api.libs.json.JsObject;
import play.api.libs.json.JsString;
import play.api.libs.json.JsValue;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * James's Email/get plus RFC 9219's pseudo-properties. Bound in place of {@link EmailGetMethod} (see
 * docs/adr/0006), so there is still exactly one Email/get. When the request does not use the
 * smimeverify capability or asks for no S/MIME property, the call goes to James untouched; otherwise
 * the S/MIME properties are taken out of {@code properties}, James answers the rest, and the S/MIME
 * values are added to each returned email. With the smime-advanced capability, body properties of
 * messages encrypted to the user are replaced by those of the decrypted message ({@link DecryptedBodies}).
 */
public class SmimeEmailGetMethod extends EmailGetMethod {
    private final SmimeStatusService smime;
    private final SmimeMessageLoaders loaders;
    private final DecryptedBodies decryptedBodies;
    private final JsonBridge bridge;

    @Inject
    public SmimeEmailGetMethod(EmailViewReaderFactory readerFactory, MessageId.Factory messageIdFactory, MetricFactory metricFactory,
                               EmailChangeRepository emailChangeRepository, SessionSupplier sessionSupplier,
                               SessionTranslator sessionTranslator, SmimeStatusService smime, SmimeMessageLoaders loaders,
                               DecryptedBodies decryptedBodies, JsonBridge bridge) {
        super(readerFactory, messageIdFactory, metricFactory, emailChangeRepository, sessionSupplier, sessionTranslator);
        this.smime = smime;
        this.loaders = loaders;
        this.decryptedBodies = decryptedBodies;
        this.bridge = bridge;
    }

    @Override
    public Publisher<InvocationWithContext> process(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                    InvocationWithContext invocation, MailboxSession session) {
        Set<String> requested = SmimeVerifyCapability.isUsed(capabilities)
            ? requestedSmimeProperties(invocation.invocation().arguments()) : Set.of();
        boolean decrypting = SmimeAdvancedCapability.isUsed(capabilities)
            && DecryptedBodies.asksForBody(invocation.invocation().arguments());
        if (requested.isEmpty() && !decrypting) {
            return super.process(capabilities, invocation, session);
        }
        ObjectNode arguments = bridge.toJackson(invocation.invocation().arguments());
        boolean addedContentType = decrypting && DecryptedBodies.askForContentType(arguments);
        if (!requested.isEmpty()) {
            ArrayNode kept = JsonNodeFactory.instance.arrayNode();
            arguments.withArray("properties").forEach(property -> {
                if (!SmimeEmailProperties.ALL.contains(property.asText())) {
                    kept.add(property);
                }
            });
            arguments.set("properties", kept);
        }
        InvocationWithContext rewritten = new InvocationWithContext(
            new Invocation(invocation.invocation().methodName(), bridge.toPlay(arguments), invocation.invocation().methodCallId()),
            invocation.processingContext());
        ObjectNode original = bridge.toJackson(invocation.invocation().arguments());
        return Flux.from(super.process(capabilities, rewritten, session))
            .concatMap(response -> complete(response, capabilities, original, requested, decrypting, addedContentType, session));
    }

    private Mono<InvocationWithContext> complete(InvocationWithContext response,
                                                 scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                 ObjectNode request, Set<String> requested, boolean decrypting,
                                                 boolean addedContentType, MailboxSession session) {
        if (!response.invocation().methodName().equals(methodName())) {
            return Mono.just(response);
        }
        ObjectNode arguments = bridge.toJackson(response.invocation().arguments());
        Mono<ObjectNode> completed = Mono.just(arguments);
        if (decrypting) {
            completed = completed.flatMap(list -> decryptedBodies.replaceBodies(list, request, addedContentType, capabilities,
                response.processingContext(), session));
        }
        if (!requested.isEmpty()) {
            completed = completed.flatMap(list -> addSmimeProperties(list, requested, session));
        }
        return completed.map(done -> new InvocationWithContext(new Invocation(response.invocation().methodName(), bridge.toPlay(done),
            response.invocation().methodCallId()), response.processingContext()));
    }

    /**
     * Same as James's. Declared because Scala's covariant Either in EmailGetMethod's signature is not
     * expressible in Java: the raw type lets javac accept the subclass.
     */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public scala.util.Either getRequest(MailboxSession mailboxSession, Invocation invocation) {
        return super.getRequest(mailboxSession, invocation);
    }

    /** Reads {@code properties} on the play-json tree directly: no conversion unless S/MIME is asked for. */
    private static Set<String> requestedSmimeProperties(JsObject arguments) {
        Set<String> requested = new LinkedHashSet<>();
        scala.Option<JsValue> properties = arguments.value().get("properties");
        if (properties.isDefined() && properties.get() instanceof JsArray array) {
            array.value().foreach(value -> {
                if (value instanceof JsString text && SmimeEmailProperties.ALL.contains(text.value())) {
                    requested.add(text.value());
                }
                return null;
            });
        }
        return requested;
    }

    private Mono<ObjectNode> addSmimeProperties(ObjectNode arguments, Set<String> requested, MailboxSession session) {
        List<String> ids = new java.util.ArrayList<>();
        arguments.withArray("list").forEach(email -> ids.add(email.path("id").asText()));
        SmimeRequest request = SmimeEmailProperties.requestFor(requested);
        return smime.evaluate(ids, request, loaders.forSession(session))
            .map(results -> {
                for (JsonNode email : arguments.withArray("list")) {
                    SmimeResult result = results.getOrDefault(email.path("id").asText(), SmimeResult.empty());
                    SmimeEmailProperties.write((ObjectNode) email, requested, result.current(), result.atDelivery());
                }
                return arguments;
            });
    }
}
