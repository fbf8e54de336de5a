package org.jmapx.binding.mail;

import org.apache.james.jmap.core.Invocation;
import org.jmapx.binding.api.InvocationRewriter;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * James 3.8.1's Email/get answers serverFail (a Scala MatchError) when {@code attachments} is followed
 * by another property in {@code properties}, e.g. {@code ["attachments", "hasAttachment"]}: it folds
 * the read level of each property left to right, and its {@code ReadLevel.combine} has no case for the
 * attachments level on the left. The order of {@code properties} means nothing (RFC 8620 5.1), so
 * {@code attachments} is moved last, where the fold never has it on the left.
 */
public class EmailGetAttachmentsLast implements InvocationRewriter {
    private static final String ATTACHMENTS = "attachments";

    private final JsonBridge bridge;

    public EmailGetAttachmentsLast(JsonBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public Invocation arguments(Invocation call) {
        if (!"Email/get".equals(call.methodName().value())) {
            return call;
        }
        ObjectNode arguments = bridge.toJackson(call.arguments());
        JsonNode properties = arguments.get("properties");
        if (properties == null || !properties.isArray() || properties.size() < 2
            || ATTACHMENTS.equals(properties.get(properties.size() - 1).asText())) {
            return call;
        }
        ArrayNode reordered = arguments.putArray("properties");
        boolean found = false;
        for (JsonNode property : properties) {
            if (ATTACHMENTS.equals(property.asText())) {
                found = true;
            } else {
                reordered.add(property);
            }
        }
        if (!found) {
            return call;
        }
        reordered.add(ATTACHMENTS);
        return new Invocation(call.methodName(), bridge.toPlay(arguments), call.methodCallId());
    }
}
