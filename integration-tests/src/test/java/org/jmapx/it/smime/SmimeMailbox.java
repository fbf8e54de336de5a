package org.jmapx.it.smime;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import javax.mail.Flags;

import org.apache.james.core.Username;
import org.apache.james.mailbox.model.MailboxId;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.modules.MailboxProbeImpl;
import org.jmapx.it.JmapxServerExtension;

/** Delivers raw MIME messages into a user's mailbox through James's mailbox API, with a chosen receivedAt. */
record SmimeMailbox(JmapxServerExtension server, String user, MailboxPath path, MailboxId id) {
    static SmimeMailbox create(JmapxServerExtension server, String user) {
        MailboxPath path = MailboxPath.forUser(Username.of(user), "smime-" + UUID.randomUUID());
        MailboxId id = server.server().getProbe(MailboxProbeImpl.class).createMailbox(path);
        return new SmimeMailbox(server, user, path, id);
    }

    String deliver(byte[] message) {
        return deliver(message, Instant.now());
    }

    /** Returns the JMAP Email id. */
    String deliver(byte[] message, Instant receivedAt) {
        try {
            return server.server().getProbe(MailboxProbeImpl.class)
                .appendMessage(user, path, new ByteArrayInputStream(message), Date.from(receivedAt), false, new Flags())
                .getMessageId().serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
