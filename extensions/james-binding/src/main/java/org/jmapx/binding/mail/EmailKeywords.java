package org.jmapx.binding.mail;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.apache.james.jmap.core.Invocation;
import org.jmapx.binding.api.InvocationRewriter;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every RFC 8621 4.1.1 keyword, such as {@code $label:red}, in James 3.8.1's Email methods: keywords
 * are written in their {@link StoredKeywords} form wherever a client gives one (Email/set create and
 * update, patches {@code keywords/...}, Email/import, EmailSubmission/set onSuccessUpdateEmail,
 * Email/query filters and sorts) and read back in Email/get. A keyword that is not an RFC keyword
 * still reaches James, which refuses it; its SetError is made the RFC's {@code invalidProperties}
 * naming {@code keywords} (RFC 8620 5.3; James says invalidPatch or invalidArguments).
 */
public class EmailKeywords implements InvocationRewriter {
    private static final Set<String> FILTER_KEYWORDS = Set.of("hasKeyword", "notKeyword", "allInThreadHaveKeyword",
        "someInThreadHaveKeyword", "noneInThreadHaveKeyword");
    private static final String JAMES_KEYWORD_ERROR = "FlagName must not be null or empty";
    private static final String PATCH_PREFIX = "keywords/";

    private final JsonBridge bridge;

    public EmailKeywords(JsonBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public Invocation arguments(Invocation call) {
        String method = call.methodName().value();
        ObjectNode arguments;
        switch (method) {
            case "Email/set" -> {
                arguments = bridge.toJackson(call.arguments());
                arguments.path("create").forEach(creation -> {
                    keywordsObject(creation, StoredKeywords::stored);
                    // RFC 8621 4.1.1: keywords default to {}; James's create refuses an empty object
                    if (creation instanceof ObjectNode object && object.path("keywords").isObject() && object.get("keywords").isEmpty()) {
                        object.remove("keywords");
                    }
                });
                arguments.path("update").forEach(patch -> patch(patch));
            }
            case "Email/import" -> {
                arguments = bridge.toJackson(call.arguments());
                arguments.path("emails").forEach(emailImport -> keywordsObject(emailImport, StoredKeywords::stored));
            }
            case "Email/query", "Email/queryChanges" -> {
                arguments = bridge.toJackson(call.arguments());
                filter(arguments.get("filter"));
                arguments.path("sort").forEach(comparator -> {
                    if (comparator instanceof ObjectNode object && object.path("keyword").isTextual()) {
                        object.put("keyword", StoredKeywords.stored(object.get("keyword").asText()));
                    }
                });
            }
            case "EmailSubmission/set" -> {
                arguments = bridge.toJackson(call.arguments());
                arguments.path("onSuccessUpdateEmail").forEach(EmailKeywords::patch);
            }
            default -> {
                return call;
            }
        }
        return new Invocation(call.methodName(), bridge.toPlay(arguments), call.methodCallId());
    }

    /** Replaces the keys of {@code object.keywords}. */
    private static void keywordsObject(JsonNode object, UnaryOperator<String> rename) {
        JsonNode keywords = object.get("keywords");
        if (!(object instanceof ObjectNode owner) || keywords == null || !keywords.isObject()) {
            return;
        }
        ObjectNode renamed = JsonNodeFactory.instance.objectNode();
        keywords.fields().forEachRemaining(entry -> renamed.set(rename.apply(entry.getKey()), entry.getValue()));
        owner.set("keywords", renamed);
    }

    /** A PatchObject: "keywords" replaced whole, or "keywords/<keyword>" (a JSON pointer, ~1 is "/", ~0 is "~"). */
    private static void patch(JsonNode patch) {
        if (!(patch instanceof ObjectNode object)) {
            return;
        }
        keywordsObject(object, StoredKeywords::stored);
        List<String> paths = new ArrayList<>();
        object.fieldNames().forEachRemaining(paths::add);
        for (String path : paths) {
            if (!path.startsWith(PATCH_PREFIX)) {
                continue;
            }
            String keyword = path.substring(PATCH_PREFIX.length()).replace("~1", "/").replace("~0", "~");
            String stored = StoredKeywords.stored(keyword);
            if (!stored.equals(keyword)) {
                object.set(PATCH_PREFIX + stored, object.remove(path));
            }
        }
    }

    private static void filter(JsonNode filter) {
        if (!(filter instanceof ObjectNode object)) {
            return;
        }
        object.path("conditions").forEach(EmailKeywords::filter);
        for (String property : FILTER_KEYWORDS) {
            if (object.path(property).isTextual()) {
                object.put(property, StoredKeywords.stored(object.get(property).asText()));
            }
        }
    }

    @Override
    public Invocation response(Invocation call, Invocation response) {
        String method = response.methodName().value();
        ObjectNode arguments;
        switch (method) {
            case "Email/get" -> {
                arguments = bridge.toJackson(response.arguments());
                arguments.path("list").forEach(email -> keywordsObject(email, StoredKeywords::keyword));
            }
            case "Email/set", "Email/import", "EmailSubmission/set" -> {
                arguments = bridge.toJackson(response.arguments());
                boolean changed = invalidKeywords(arguments.path("notCreated")) | invalidKeywords(arguments.path("notUpdated"));
                if (!changed) {
                    return response;
                }
            }
            default -> {
                return response;
            }
        }
        return new Invocation(response.methodName(), bridge.toPlay(arguments), response.methodCallId());
    }

    private static boolean invalidKeywords(JsonNode setErrors) {
        boolean changed = false;
        for (Iterator<Map.Entry<String, JsonNode>> errors = setErrors.fields(); errors.hasNext(); ) {
            JsonNode error = errors.next().getValue();
            if (error instanceof ObjectNode object && object.path("description").asText().contains(JAMES_KEYWORD_ERROR)
                && !"invalidProperties".equals(object.path("type").asText())) {
                object.put("type", "invalidProperties");
                ArrayNode properties = object.putArray("properties");
                properties.add("keywords");
                changed = true;
            }
        }
        return changed;
    }
}
