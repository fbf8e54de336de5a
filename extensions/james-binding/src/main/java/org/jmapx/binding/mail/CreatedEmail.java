package org.jmapx.binding.mail;

import org.apache.james.mailbox.MessageManager;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The "created" entry of an Email appended by JMAPX (RFC 8621 4.6, 4.8): id, blobId, threadId, size. */
public final class CreatedEmail {
    private CreatedEmail() {
    }

    public static ObjectNode of(MessageManager.AppendResult appended) {
        String id = appended.getId().getMessageId().serialize();
        return JsonNodeFactory.instance.objectNode()
            .put("id", id)
            .put("blobId", id)
            .put("threadId", appended.getThreadId().serialize())
            .put("size", appended.getSize());
    }
}
