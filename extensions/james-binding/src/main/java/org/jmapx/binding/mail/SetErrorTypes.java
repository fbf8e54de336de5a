package org.jmapx.binding.mail;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.apache.james.jmap.core.Invocation;
import org.jmapx.binding.api.InvocationRewriter;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 8620 5.3: a record that is invalid is the SetError {@code invalidProperties} (with the
 * {@code properties} at fault); {@code invalidArguments} is a method-level error (3.6.2) and no SetError
 * type. James 3.8.1's mail /set methods give {@code invalidArguments} for a bad creation or update
 * (e.g. Mailbox/set with a bad name, Email/set with a bad body part): the type is corrected, the
 * description and {@code properties} are James's.
 */
public class SetErrorTypes implements InvocationRewriter {
    private static final Set<String> JAMES_SET_METHODS = Set.of("Mailbox/set", "Email/set", "Email/import", "Identity/set",
        "EmailSubmission/set", "VacationResponse/set", "PushSubscription/set");

    private final JsonBridge bridge;

    public SetErrorTypes(JsonBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public Invocation response(Invocation call, Invocation response) {
        if (!JAMES_SET_METHODS.contains(response.methodName().value())) {
            return response;
        }
        ObjectNode arguments = bridge.toJackson(response.arguments());
        boolean changed = retype(arguments.path("notCreated")) | retype(arguments.path("notUpdated"));
        return changed ? new Invocation(response.methodName(), bridge.toPlay(arguments), response.methodCallId()) : response;
    }

    private static boolean retype(JsonNode setErrors) {
        boolean changed = false;
        for (Iterator<Map.Entry<String, JsonNode>> errors = setErrors.fields(); errors.hasNext(); ) {
            if (errors.next().getValue() instanceof ObjectNode error && "invalidArguments".equals(error.path("type").asText())) {
                error.put("type", "invalidProperties");
                changed = true;
            }
        }
        return changed;
    }
}
