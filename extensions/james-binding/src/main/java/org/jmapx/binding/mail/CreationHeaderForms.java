package org.jmapx.binding.mail;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * RFC 8621 4.6: an Email/set creation may give its Date or Message-ID as a header form
 * ({@code header:Date}, {@code header:Date:asDate}, {@code header:Message-ID},
 * {@code header:Message-ID:asMessageIds}) instead of {@code sentAt} / {@code messageId}; only both
 * at once is a duplicate. James 3.8.1 always writes Date and Message-ID from the convenience
 * properties, so it refuses the header form alone ("Date was already defined by convenience
 * headers"). When the convenience property is absent, the header form is turned into it. A raw value
 * that cannot be read is left for James to refuse.
 */
public class CreationHeaderForms implements InvocationRewriter {
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");

    private final JsonBridge bridge;

    public CreationHeaderForms(JsonBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public Invocation arguments(Invocation call) {
        if (!"Email/set".equals(call.methodName().value())) {
            return call;
        }
        ObjectNode arguments = bridge.toJackson(call.arguments());
        boolean changed = false;
        for (Iterator<Map.Entry<String, JsonNode>> creations = arguments.path("create").fields(); creations.hasNext(); ) {
            if (creations.next().getValue() instanceof ObjectNode creation) {
                changed |= date(creation) | messageId(creation);
            }
        }
        return changed ? new Invocation(call.methodName(), bridge.toPlay(arguments), call.methodCallId()) : call;
    }

    private static boolean date(ObjectNode creation) {
        if (creation.has("sentAt")) {
            return false;
        }
        JsonNode asDate = creation.get("header:Date:asDate");
        if (asDate != null && asDate.isTextual() && !creation.has("header:Date")) {
            creation.remove("header:Date:asDate");
            creation.set("sentAt", asDate);
            return true;
        }
        JsonNode raw = creation.get("header:Date");
        Optional<String> sentAt = raw != null && raw.isTextual() && !creation.has("header:Date:asDate")
            ? parseDate(raw.asText()) : Optional.empty();
        sentAt.ifPresent(value -> {
            creation.remove("header:Date");
            creation.put("sentAt", value);
        });
        return sentAt.isPresent();
    }

    private static Optional<String> parseDate(String raw) {
        try {
            OffsetDateTime date = OffsetDateTime.parse(raw.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean messageId(ObjectNode creation) {
        if (creation.has("messageId")) {
            return false;
        }
        JsonNode asIds = creation.get("header:Message-ID:asMessageIds");
        if (asIds != null && asIds.isArray() && !creation.has("header:Message-ID")) {
            creation.remove("header:Message-ID:asMessageIds");
            creation.set("messageId", asIds);
            return true;
        }
        JsonNode raw = creation.get("header:Message-ID");
        if (raw == null || !raw.isTextual() || creation.has("header:Message-ID:asMessageIds")) {
            return false;
        }
        List<String> ids = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(raw.asText());
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        if (ids.isEmpty()) {
            return false;
        }
        ArrayNode messageId = JsonNodeFactory.instance.arrayNode();
        ids.forEach(messageId::add);
        creation.remove("header:Message-ID");
        creation.set("messageId", messageId);
        return true;
    }
}
