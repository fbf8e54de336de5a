package org.jmapx.binding.smime;

import javax.inject.Inject;

import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageIdManager;
import org.apache.james.mailbox.model.MessageId;
import org.jmapx.smime.certs.RecipientCertificates;
import org.jmapx.smime.keys.UserKeys;
import org.jmapx.smime.service.MessageLoader;

/** Makes a {@link MessageLoader} for one request's mailbox session. */
public class SmimeMessageLoaders {
    private final MessageIdManager messageIdManager;
    private final MessageId.Factory messageIdFactory;
    private final UserKeys keys;
    private final RecipientCertificates recipientCertificates;

    @Inject
    public SmimeMessageLoaders(MessageIdManager messageIdManager, MessageId.Factory messageIdFactory, UserKeys keys,
                               RecipientCertificates recipientCertificates) {
        this.messageIdManager = messageIdManager;
        this.messageIdFactory = messageIdFactory;
        this.keys = keys;
        this.recipientCertificates = recipientCertificates;
    }

    public MessageLoader forSession(MailboxSession session) {
        return new MailboxMessageLoader(messageIdManager, messageIdFactory, session, keys, recipientCertificates);
    }
}
