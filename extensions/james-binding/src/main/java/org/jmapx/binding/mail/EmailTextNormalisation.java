package org.jmapx.binding.mail;

import java.text.Normalizer;

import org.apache.james.jmap.core.Invocation;
import org.jmapx.binding.api.InvocationRewriter;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * RFC 8621 4.1.2.2: the {@code asText} form of a header field (and {@code subject}, which is
 * {@code header:Subject:asText}) is NFC-normalised. James 3.8.1 returns the decoded text as it is, so a
 * subject written in decomposed form ("e" + U+0301) does not equal the same subject typed by the user.
 */
public class EmailTextNormalisation implements InvocationRewriter {
    private final JsonBridge bridge;

    public EmailTextNormalisation(JsonBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public Invocation response(Invocation call, Invocation response) {
        String method = response.methodName().value();
        boolean get = "Email/get".equals(method);
        if (!(get || "Email/parse".equals(method)) || !method.equals(call.methodName().value())) {
            return response;
        }
        ObjectNode arguments = bridge.toJackson(response.arguments());
        Iterable<JsonNode> emails = get ? arguments.path("list") : () -> arguments.path("parsed").elements();
        boolean changed = false;
        for (JsonNode email : emails) {
            if (!(email instanceof ObjectNode object)) {
                continue;
            }
            for (String property : (Iterable<String>) object::fieldNames) {
                if (property.equals("subject") || property.endsWith(":asText")) {
                    changed |= normalise(object, property);
                } else if (property.endsWith(":asText:all") && object.get(property) instanceof ArrayNode values) {
                    for (int i = 0; i < values.size(); i++) {
                        String text = values.get(i).asText(null);
                        if (values.get(i).isTextual() && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                            values.set(i, TextNode.valueOf(Normalizer.normalize(text, Normalizer.Form.NFC)));
                            changed = true;
                        }
                    }
                }
            }
        }
        return changed ? new Invocation(response.methodName(), bridge.toPlay(arguments), response.methodCallId()) : response;
    }

    private static boolean normalise(ObjectNode email, String property) {
        JsonNode value = email.get(property);
        if (value == null || !value.isTextual() || Normalizer.isNormalized(value.asText(), Normalizer.Form.NFC)) {
            return false;
        }
        email.put(property, Normalizer.normalize(value.asText(), Normalizer.Form.NFC));
        return true;
    }
}
