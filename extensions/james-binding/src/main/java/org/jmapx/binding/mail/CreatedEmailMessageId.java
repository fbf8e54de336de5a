package org.jmapx.binding.mail;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.james.core.Domain;
import org.apache.james.jmap.core.Invocation;
import org.apache.james.mailbox.MailboxSession;
import org.jmapx.binding.api.InvocationRewriter;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 8621 4.6: the server MUST give an Email created without a Message-ID a valid one (RFC 5322
 * 3.6.4: {@code id-left "@" id-right}). James 3.8.1 writes mime4j's generated id, which has no "@"
 * when the Email has no {@code from} ({@code <Mime4j.0.1b8f...>}): its {@code messageId} reads null
 * and replies cannot reference it. A creation that gives neither {@code messageId} nor a
 * {@code header:Message-ID} form gets {@code <uuid@domain>}, the domain of its first From address,
 * else the user's.
 */
public class CreatedEmailMessageId implements InvocationRewriter {
    private static final String FALLBACK_DOMAIN = "localhost";

    private final JsonBridge bridge;

    public CreatedEmailMessageId(JsonBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public Invocation arguments(Invocation call, MailboxSession session) {
        if (!"Email/set".equals(call.methodName().value())) {
            return call;
        }
        ObjectNode arguments = bridge.toJackson(call.arguments());
        boolean changed = false;
        for (Iterator<Map.Entry<String, JsonNode>> creations = arguments.path("create").fields(); creations.hasNext(); ) {
            if (creations.next().getValue() instanceof ObjectNode creation && !givesMessageId(creation)) {
                creation.putArray("messageId").add(UUID.randomUUID() + "@" + domain(creation, session));
                changed = true;
            }
        }
        return changed ? new Invocation(call.methodName(), bridge.toPlay(arguments), call.methodCallId()) : call;
    }

    private static boolean givesMessageId(ObjectNode creation) {
        for (Iterator<String> names = creation.fieldNames(); names.hasNext(); ) {
            String name = names.next().toLowerCase(Locale.ROOT);
            if (name.equals("messageid") || name.equals("header:message-id") || name.startsWith("header:message-id:")) {
                return true;
            }
        }
        // a raw headers list may carry it too
        for (JsonNode header : creation.path("headers")) {
            if ("message-id".equalsIgnoreCase(header.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String domain(ObjectNode creation, MailboxSession session) {
        String from = creation.path("from").path(0).path("email").asText("");
        int at = from.lastIndexOf('@');
        if (at > 0 && at < from.length() - 1) {
            return from.substring(at + 1);
        }
        return session.getUser().getDomainPart().map(Domain::asString).orElse(FALLBACK_DOMAIN);
    }
}
