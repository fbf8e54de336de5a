package org.jmapx.binding.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.jmap.core.Invocation;
import org.jmapx.binding.api.InvocationRewriter;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 8621 4.1.2.7: the {@code asURLs} form of a header field (List-Unsubscribe, List-Post...) is the
 * list of the URLs given in angle brackets (RFC 2369). James 3.8.1 reads {@code <a> <b>} as one URL. For
 * each {@code header:X:asURLs} (or {@code :all}) asked in Email/get or Email/parse, James is asked for the
 * raw form too, and the URLs are read from it here; the raw form is answered only if it was asked.
 */
public class EmailHeaderUrls implements InvocationRewriter {
    private static final Pattern AS_URLS = Pattern.compile("header:([^:]+):asURLs(:all)?");
    private static final Pattern URL = Pattern.compile("<([^<>]*)>");

    private final JsonBridge bridge;

    public EmailHeaderUrls(JsonBridge bridge) {
        this.bridge = bridge;
    }

    private static boolean applies(Invocation call) {
        String method = call.methodName().value();
        return "Email/get".equals(method) || "Email/parse".equals(method);
    }

    /** asURLs property -> the raw property that carries the same header field(s). */
    private static Map<String, String> rawForms(JsonNode properties) {
        Map<String, String> raw = new HashMap<>();
        if (properties == null || !properties.isArray()) {
            return raw;
        }
        for (JsonNode property : properties) {
            Matcher matcher = AS_URLS.matcher(property.asText());
            if (matcher.matches()) {
                raw.put(property.asText(), "header:" + matcher.group(1) + (matcher.group(2) == null ? "" : ":all"));
            }
        }
        return raw;
    }

    @Override
    public Invocation arguments(Invocation call) {
        if (!applies(call)) {
            return call;
        }
        ObjectNode arguments = bridge.toJackson(call.arguments());
        Map<String, String> raw = rawForms(arguments.get("properties"));
        if (raw.isEmpty()) {
            return call;
        }
        ArrayNode properties = (ArrayNode) arguments.get("properties");
        List<String> present = new ArrayList<>();
        properties.forEach(property -> present.add(property.asText().toLowerCase(Locale.ROOT)));
        raw.values().stream().distinct()
            .filter(form -> !present.contains(form.toLowerCase(Locale.ROOT)))
            .forEach(properties::add);
        return new Invocation(call.methodName(), bridge.toPlay(arguments), call.methodCallId());
    }

    @Override
    public Invocation response(Invocation call, Invocation response) {
        if (!applies(call) || !call.methodName().value().equals(response.methodName().value())) {
            return response;
        }
        JsonNode asked = bridge.toJackson(call.arguments()).get("properties");
        Map<String, String> raw = rawForms(asked);
        if (raw.isEmpty()) {
            return response;
        }
        List<String> askedNames = new ArrayList<>();
        asked.forEach(property -> askedNames.add(property.asText()));
        ObjectNode arguments = bridge.toJackson(response.arguments());
        Iterable<JsonNode> emails = "Email/get".equals(call.methodName().value())
            ? arguments.path("list") : () -> arguments.path("parsed").elements();
        for (JsonNode email : emails) {
            if (!(email instanceof ObjectNode object)) {
                continue;
            }
            raw.forEach((urlsForm, rawForm) -> {
                JsonNode value = object.get(rawForm);
                if (value == null) {
                    return;
                }
                if (value.isArray()) {
                    ArrayNode all = JsonNodeFactory.instance.arrayNode();
                    value.forEach(one -> all.add(urls(one)));
                    object.set(urlsForm, all);
                } else {
                    object.set(urlsForm, urls(value));
                }
            });
            raw.values().stream().filter(rawForm -> !askedNames.contains(rawForm)).forEach(object::remove);
        }
        return new Invocation(response.methodName(), bridge.toPlay(arguments), response.methodCallId());
    }

    private static JsonNode urls(JsonNode raw) {
        if (raw == null || !raw.isTextual()) {
            return JsonNodeFactory.instance.nullNode();
        }
        ArrayNode urls = JsonNodeFactory.instance.arrayNode();
        Matcher matcher = URL.matcher(raw.asText());
        while (matcher.find()) {
            urls.add(matcher.group(1).replaceAll("\\s+", ""));
        }
        return urls.isEmpty() ? JsonNodeFactory.instance.nullNode() : urls;
    }
}
