package org.jmapx.binding.smime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.inject.Inject;

import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.method.EmailParseMethod;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.routes.ProcessingContext;
import org.apache.james.mailbox.MailboxSession;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import play.api.libs.json.JsArray;
import play.api.libs.json.JsNull$;
import play.api.libs.json.JsObject;
import play.api.libs.json.JsString;
import play.api.libs.json.JsValue;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * smime-advanced automatic decryption in Email/get: for each returned message encrypted to the user,
 * the body properties are those of the decrypted message. They are computed by James's own Email/parse
 * on the {@link DecryptedBlobId} of the message, so part numbering, body values, preview and
 * truncation are exactly James's, and the parts' blob ids download through {@link DecryptedBlobResolver}.
 * Every other property (id, blobId, size, headers...) stays that of the stored, encrypted message.
 */
public class DecryptedBodies {
    /** RFC 8621 section 4.1.4 and 4.1.3: what the decrypted content changes. */
    static final Set<String> BODY_PROPERTIES = Set.of("bodyStructure", "textBody", "htmlBody", "attachments", "bodyValues",
        "preview", "hasAttachment");
    /** RFC 8621 section 4.2: what Email/get returns when "properties" is omitted. */
    static final List<String> DEFAULT_PROPERTIES = List.of("id", "blobId", "threadId", "mailboxIds", "keywords", "size",
        "receivedAt", "messageId", "inReplyTo", "references", "sender", "from", "to", "cc", "bcc", "replyTo", "subject",
        "sentAt", "hasAttachment", "preview", "bodyValues", "textBody", "htmlBody", "attachments");
    static final String CONTENT_TYPE = "header:Content-Type";
    private static final List<String> BODY_ARGUMENTS = List.of("bodyProperties", "fetchTextBodyValues", "fetchHTMLBodyValues",
        "fetchAllBodyValues", "maxBodyValueBytes");

    private final EmailParseMethod emailParse;
    private final JsonBridge bridge;

    @Inject
    public DecryptedBodies(EmailParseMethod emailParse, JsonBridge bridge) {
        this.emailParse = emailParse;
        this.bridge = bridge;
    }

    /**
     * Reads the play-json arguments directly, so a request without body properties costs nothing. A
     * "properties" that is neither omitted, null nor an array is left to James, which rejects it.
     */
    static boolean asksForBody(JsObject arguments) {
        scala.Option<JsValue> properties = arguments.value().get("properties");
        if (properties.isEmpty() || properties.get() == JsNull$.MODULE$) {
            return true;
        }
        return properties.get() instanceof JsArray array
            && array.value().exists(value -> value instanceof JsString text && BODY_PROPERTIES.contains(text.value()));
    }

    /**
     * Makes James return the Content-Type header, by which encrypted messages are told apart without a
     * second read of every message; true when it was added (and must be removed from the answer).
     */
    static boolean askForContentType(ObjectNode arguments) {
        JsonNode properties = arguments.get("properties");
        if (properties == null || properties.isNull()) {
            ArrayNode explicit = arguments.putArray("properties");
            DEFAULT_PROPERTIES.forEach(explicit::add);
            explicit.add(CONTENT_TYPE);
            return true;
        }
        for (JsonNode property : properties) {
            if (property.asText().equals(CONTENT_TYPE)) {
                return false;
            }
        }
        ((ArrayNode) properties).add(CONTENT_TYPE);
        return true;
    }

    Mono<ObjectNode> replaceBodies(ObjectNode response, ObjectNode request, boolean addedContentType,
                                   scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                   ProcessingContext context, MailboxSession session) {
        List<String> encrypted = new ArrayList<>();
        for (JsonNode email : response.withArray("list")) {
            String contentType = email.path(CONTENT_TYPE).asText("").toLowerCase(Locale.ROOT);
            if (contentType.contains("pkcs7-mime")) {
                encrypted.add(email.path("id").asText());
            }
            if (addedContentType) {
                ((ObjectNode) email).remove(CONTENT_TYPE);
            }
        }
        List<String> properties = bodyProperties(request);
        if (encrypted.isEmpty() || properties.isEmpty()) {
            return Mono.just(response);
        }
        return Flux.from(emailParse.process(capabilities, parseInvocation(request, encrypted, properties, context), session))
            .next()
            .map(parsedResponse -> {
                JsonNode parsed = bridge.toJackson(parsedResponse.invocation().arguments()).path("parsed");
                for (JsonNode email : response.withArray("list")) {
                    JsonNode decrypted = parsed.path(DecryptedBlobId.of(email.path("id").asText()));
                    if (decrypted.isObject()) {
                        properties.forEach(property -> ((ObjectNode) email).set(property, decrypted.get(property)));
                    }
                }
                return response;
            })
            .defaultIfEmpty(response);
    }

    private static List<String> bodyProperties(ObjectNode request) {
        JsonNode asked = request.get("properties");
        List<String> properties = new ArrayList<>();
        if (asked == null || asked.isNull()) {
            DEFAULT_PROPERTIES.stream().filter(BODY_PROPERTIES::contains).forEach(properties::add);
        } else {
            asked.forEach(property -> {
                if (BODY_PROPERTIES.contains(property.asText())) {
                    properties.add(property.asText());
                }
            });
        }
        return properties;
    }

    private InvocationWithContext parseInvocation(ObjectNode request, List<String> messageIds, List<String> properties,
                                                  ProcessingContext context) {
        ObjectNode arguments = request.objectNode();
        arguments.set("accountId", request.get("accountId"));
        ArrayNode blobIds = arguments.putArray("blobIds");
        messageIds.forEach(id -> blobIds.add(DecryptedBlobId.of(id)));
        ArrayNode asked = arguments.putArray("properties");
        properties.forEach(asked::add);
        BODY_ARGUMENTS.stream().filter(request::hasNonNull).forEach(name -> arguments.set(name, request.get(name)));
        return new InvocationWithContext(new Invocation(new Invocation.MethodName("Email/parse"), bridge.toPlay(arguments),
            new Invocation.MethodCallId("smime-decryption")), context);
    }
}
