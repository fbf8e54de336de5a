package org.jmapx.binding.mail;

import java.util.Iterator;
import java.util.Map;

import org.apache.james.jmap.core.Invocation;
import org.jmapx.binding.api.InvocationRewriter;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 8621 2: a Mailbox name is any non-empty string (only siblings must differ). James 3.8.1 keeps
 * mailboxes as IMAP paths with "." as the hierarchy delimiter and refuses a name containing it
 * ("Invoice 2024.03", "v1.2"). The name is stored with each "." written as U+2024 ONE DOT LEADER,
 * which James accepts and IMAP clients show as a dot, and read back with the "." restored.
 * The price: a name a client gives with U+2024 itself reads back with "." (that character is
 * practically never typed).
 */
public class MailboxNameDots implements InvocationRewriter {
    static final char DOT = '.';
    static final char STORED_DOT = '\u2024';

    private final JsonBridge bridge;

    public MailboxNameDots(JsonBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public Invocation arguments(Invocation call) {
        if (!"Mailbox/set".equals(call.methodName().value())) {
            return call;
        }
        ObjectNode arguments = bridge.toJackson(call.arguments());
        boolean changed = storeNames(arguments.path("create")) | storeNames(arguments.path("update"));
        return changed ? new Invocation(call.methodName(), bridge.toPlay(arguments), call.methodCallId()) : call;
    }

    /** The "name" of each creation or patch (a patch sets the name with the key "name" too). */
    private static boolean storeNames(JsonNode objects) {
        boolean changed = false;
        for (Iterator<Map.Entry<String, JsonNode>> entries = objects.fields(); entries.hasNext(); ) {
            JsonNode object = entries.next().getValue();
            JsonNode name = object.get("name");
            if (object instanceof ObjectNode writable && name != null && name.isTextual() && name.asText().indexOf(DOT) >= 0) {
                writable.put("name", name.asText().replace(DOT, STORED_DOT));
                changed = true;
            }
        }
        return changed;
    }

    @Override
    public Invocation response(Invocation call, Invocation response) {
        if (!"Mailbox/get".equals(response.methodName().value())) {
            return response;
        }
        ObjectNode arguments = bridge.toJackson(response.arguments());
        boolean changed = false;
        for (JsonNode mailbox : arguments.path("list")) {
            JsonNode name = mailbox.get("name");
            if (name != null && name.isTextual() && name.asText().indexOf(STORED_DOT) >= 0) {
                ((ObjectNode) mailbox).put("name", name.asText().replace(STORED_DOT, DOT));
                changed = true;
            }
        }
        return changed ? new Invocation(response.methodName(), bridge.toPlay(arguments), response.methodCallId()) : response;
    }
}
