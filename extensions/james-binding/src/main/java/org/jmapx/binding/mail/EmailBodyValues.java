package org.jmapx.binding.mail;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import org.apache.james.jmap.core.Invocation;
import org.jmapx.binding.api.InvocationRewriter;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * EmailBodyValue as RFC 8621 4.1.4 and 4.2 define it, for James 3.8.1's Email/get and Email/parse:
 * <ul>
 *   <li>{@code value} has "any CRLF replaced with a single LF" (James keeps CRLF);</li>
 *   <li>{@code maxBodyValueBytes} truncates "on a UTF-8 character boundary" and {@code isTruncated} says
 *   whether it did (James cuts inside a character, leaving U+0000, and may set isTruncated when
 *   nothing was cut).</li>
 * </ul>
 * James is asked without the limit; the value is normalised, then truncated here.
 */
public class EmailBodyValues implements InvocationRewriter {
    private static final String LIMIT = "maxBodyValueBytes";

    private final JsonBridge bridge;

    public EmailBodyValues(JsonBridge bridge) {
        this.bridge = bridge;
    }

    private static boolean applies(Invocation call) {
        String method = call.methodName().value();
        return "Email/get".equals(method) || "Email/parse".equals(method);
    }

    @Override
    public Invocation arguments(Invocation call) {
        if (!applies(call)) {
            return call;
        }
        ObjectNode arguments = bridge.toJackson(call.arguments());
        JsonNode limit = arguments.get(LIMIT);
        // an invalid limit stays, for James to refuse with invalidArguments
        if (limit == null || !limit.isIntegralNumber() || limit.asLong() <= 0) {
            return call;
        }
        arguments.remove(LIMIT);
        return new Invocation(call.methodName(), bridge.toPlay(arguments), call.methodCallId());
    }

    @Override
    public Invocation response(Invocation call, Invocation response) {
        if (!applies(call) || !call.methodName().value().equals(response.methodName().value())) {
            return response;
        }
        JsonNode limitNode = bridge.toJackson(call.arguments()).get(LIMIT);
        long limit = limitNode != null && limitNode.isIntegralNumber() && limitNode.asLong() > 0 ? limitNode.asLong() : 0;
        ObjectNode arguments = bridge.toJackson(response.arguments());
        Iterable<JsonNode> emails = "Email/get".equals(call.methodName().value())
            ? arguments.path("list") : () -> arguments.path("parsed").elements();
        boolean changed = false;
        for (JsonNode email : emails) {
            for (Iterator<Map.Entry<String, JsonNode>> values = email.path("bodyValues").fields(); values.hasNext(); ) {
                if (values.next().getValue() instanceof ObjectNode value && value.path("value").isTextual()) {
                    changed |= normalise(value, limit);
                }
            }
        }
        return changed ? new Invocation(response.methodName(), bridge.toPlay(arguments), response.methodCallId()) : response;
    }

    private static boolean normalise(ObjectNode bodyValue, long limit) {
        String original = bodyValue.get("value").asText();
        String text = original.replace("\r\n", "\n");
        boolean truncated = false;
        if (limit > 0 && text.getBytes(StandardCharsets.UTF_8).length > limit) {
            text = truncate(text, limit);
            truncated = true;
        }
        boolean changed = !text.equals(original) || bodyValue.path("isTruncated").asBoolean() != truncated;
        bodyValue.put("value", text);
        bodyValue.put("isTruncated", truncated);
        return changed;
    }

    /** The longest prefix of whole characters whose UTF-8 encoding fits in {@code limit} octets. */
    static String truncate(String text, long limit) {
        long octets = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + length > limit) {
                break;
            }
            octets += length;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }
}
