package org.jmapx.binding.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.james.jmap.core.Invocation;
import org.jmapx.binding.api.InvocationRewriter;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 8620 5.1: /get returns every requested property, null when it has no value. James 3.8.1's
 * Email/get and Email/parse leave such properties out: the Email's {@code from}, {@code cc},
 * {@code sender}, ... of a message without them, the EmailBodyPart's {@code name}, {@code cid},
 * {@code language}, {@code location}, {@code disposition}, and the EmailAddress {@code name}
 * (RFC 8621 4.1.2.3). Clients that test {@code email.cc === null} see {@code undefined}. This
 * completes the response with nulls for what was asked (or the RFC's default properties).
 */
public class EmailNullProperties implements InvocationRewriter {
    /** RFC 8621 4.2 (Email/get), default of properties. */
    static final List<String> DEFAULT_PROPERTIES = List.of("id", "blobId", "threadId", "mailboxIds", "keywords", "size",
        "receivedAt", "messageId", "inReplyTo", "references", "sender", "from", "to", "cc", "bcc", "replyTo", "subject",
        "sentAt", "hasAttachment", "preview", "bodyValues", "textBody", "htmlBody", "attachments");
    /** RFC 8621 4.9 (Email/parse), default of properties. */
    static final List<String> DEFAULT_PARSE_PROPERTIES = List.of("messageId", "inReplyTo", "references", "sender", "from", "to",
        "cc", "bcc", "replyTo", "subject", "sentAt", "hasAttachment", "preview", "bodyValues", "textBody", "htmlBody",
        "attachments");
    /** RFC 8621 4.2 (Email/get), default of bodyProperties. */
    static final List<String> DEFAULT_BODY_PROPERTIES = List.of("partId", "blobId", "size", "name", "type", "charset",
        "disposition", "cid", "language", "location");
    private static final Set<String> ADDRESS_PROPERTIES = Set.of("sender", "from", "to", "cc", "bcc", "replyTo");
    private static final Set<String> BODY_LISTS = Set.of("textBody", "htmlBody", "attachments");

    private final JsonBridge bridge;

    public EmailNullProperties(JsonBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public Invocation response(Invocation call, Invocation response) {
        String method = call.methodName().value();
        boolean get = "Email/get".equals(method);
        if (!(get || "Email/parse".equals(method)) || !method.equals(response.methodName().value())) {
            return response;
        }
        ObjectNode request = bridge.toJackson(call.arguments());
        List<String> properties = requested(request.get("properties"), get ? DEFAULT_PROPERTIES : DEFAULT_PARSE_PROPERTIES);
        List<String> bodyProperties = requested(request.get("bodyProperties"), DEFAULT_BODY_PROPERTIES);
        ObjectNode arguments = bridge.toJackson(response.arguments());
        Iterable<JsonNode> emails = get ? arguments.path("list") : () -> arguments.path("parsed").elements();
        for (JsonNode email : emails) {
            if (email instanceof ObjectNode object) {
                complete(object, properties, bodyProperties);
            }
        }
        return new Invocation(response.methodName(), bridge.toPlay(arguments), response.methodCallId());
    }

    private static List<String> requested(JsonNode given, List<String> defaults) {
        if (given == null || !given.isArray()) {
            return defaults;
        }
        List<String> names = new ArrayList<>();
        given.forEach(name -> names.add(name.asText()));
        return names;
    }

    private static void complete(ObjectNode email, List<String> properties, List<String> bodyProperties) {
        for (String property : properties) {
            if (!email.has(property)) {
                email.putNull(property);
            }
            JsonNode value = email.get(property);
            if (ADDRESS_PROPERTIES.contains(property) || property.endsWith(":asAddresses") || property.endsWith(":asAddresses:all")) {
                addressNames(value);
            } else if (property.endsWith(":asGroupedAddresses") || property.endsWith(":asGroupedAddresses:all")) {
                groupNames(value);
            } else if (BODY_LISTS.contains(property)) {
                value.forEach(part -> completePart(part, bodyProperties));
            } else if ("bodyStructure".equals(property)) {
                completePart(value, bodyProperties);
            }
        }
    }

    private static void completePart(JsonNode part, List<String> bodyProperties) {
        if (!(part instanceof ObjectNode object)) {
            return;
        }
        for (String property : bodyProperties) {
            if (!object.has(property)) {
                object.putNull(property);
            }
        }
        object.path("subParts").forEach(subPart -> completePart(subPart, bodyProperties));
    }

    /** An EmailAddress list, or (for the :all forms) a list of them. */
    private static void addressNames(JsonNode addresses) {
        for (JsonNode address : addresses) {
            if (address.isArray()) {
                addressNames(address);
            } else if (address instanceof ObjectNode object && !object.has("name")) {
                object.putNull("name");
            }
        }
    }

    private static void groupNames(JsonNode groups) {
        for (JsonNode group : groups) {
            if (group.isArray()) {
                groupNames(group);
            } else if (group instanceof ObjectNode object) {
                if (!object.has("name")) {
                    object.putNull("name");
                }
                addressNames(object.path("addresses"));
            }
        }
    }
}
