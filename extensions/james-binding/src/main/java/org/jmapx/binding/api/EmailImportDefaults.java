package org.jmapx.binding.api;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.apache.james.jmap.core.Invocation;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 8621 4.8: an EmailImport's {@code receivedAt} defaults to the time of import. James 3.8.1
 * requires it; JMAPX gives it before James reads the arguments.
 */
public class EmailImportDefaults implements InvocationRewriter {
    private static final String EMAIL_IMPORT = "Email/import";

    private final JsonBridge bridge;
    private final Clock clock;

    public EmailImportDefaults(JsonBridge bridge, Clock clock) {
        this.bridge = bridge;
        this.clock = clock;
    }

    @Override
    public Invocation arguments(Invocation call) {
        if (!EMAIL_IMPORT.equals(call.methodName().value())) {
            return call;
        }
        ObjectNode arguments = bridge.toJackson(call.arguments());
        JsonNode emails = arguments.get("emails");
        if (emails == null || !emails.isObject()) {
            return call;
        }
        String now = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        boolean changed = false;
        for (JsonNode email : emails) {
            if (email.isObject() && !email.has("receivedAt")) {
                ((ObjectNode) email).put("receivedAt", now);
                changed = true;
            }
        }
        return changed ? new Invocation(call.methodName(), bridge.toPlay(arguments), call.methodCallId()) : call;
    }
}
