package org.jmapx.binding.api;

import java.util.Set;

import org.apache.james.jmap.core.Invocation;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 8620 5.1: /get returns every requested property. James 3.8.1's Mailbox/get leaves out the
 * RFC 8621 2 properties whose value is null ({@code role}, {@code parentId}) instead of giving null.
 */
public class MailboxGetNullProperties implements InvocationRewriter {
    private static final String MAILBOX_GET = "Mailbox/get";
    private static final Set<String> NULLABLE = Set.of("role", "parentId");

    private final JsonBridge bridge;

    public MailboxGetNullProperties(JsonBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public Invocation response(Invocation call, Invocation response) {
        if (!MAILBOX_GET.equals(call.methodName().value()) || !MAILBOX_GET.equals(response.methodName().value())) {
            return response;
        }
        JsonNode properties = bridge.toJackson(call.arguments()).get("properties");
        Set<String> requested = new java.util.HashSet<>(NULLABLE);
        if (properties != null && properties.isArray()) {
            requested.clear();
            properties.forEach(property -> {
                if (NULLABLE.contains(property.asText())) {
                    requested.add(property.asText());
                }
            });
        }
        if (requested.isEmpty()) {
            return response;
        }
        ObjectNode arguments = bridge.toJackson(response.arguments());
        boolean changed = false;
        for (JsonNode mailbox : arguments.path("list")) {
            for (String property : requested) {
                if (mailbox.isObject() && !mailbox.has(property)) {
                    ((ObjectNode) mailbox).putNull(property);
                    changed = true;
                }
            }
        }
        return changed ? new Invocation(response.methodName(), bridge.toPlay(arguments), response.methodCallId()) : response;
    }
}
