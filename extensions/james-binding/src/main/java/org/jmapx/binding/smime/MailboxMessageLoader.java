package org.jmapx.binding.smime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageIdManager;
import org.apache.james.mailbox.model.FetchGroup;
import org.apache.james.mailbox.model.MessageId;
import org.apache.james.mailbox.model.MessageResult;
import org.jmapx.smime.service.MessageLoader;
import org.jmapx.smime.service.RawMessage;

import reactor.core.publisher.Flux;

/** Reads messages through James's mailbox API, with the rights of the requesting user. */
final class MailboxMessageLoader implements MessageLoader {
    private final MessageIdManager messageIdManager;
    private final MessageId.Factory messageIdFactory;
    private final MailboxSession session;

    MailboxMessageLoader(MessageIdManager messageIdManager, MessageId.Factory messageIdFactory, MailboxSession session) {
        this.messageIdManager = messageIdManager;
        this.messageIdFactory = messageIdFactory;
        this.session = session;
    }

    @Override
    public Flux<RawMessage> load(Collection<String> messageIds) {
        List<MessageId> ids = messageIds.stream().flatMap(this::parse).toList();
        return Flux.from(messageIdManager.getMessagesReactive(ids, FetchGroup.FULL_CONTENT, session))
            // a message in several mailboxes comes once per mailbox, with the same content
            .distinct(result -> result.getMessageId().serialize())
            .map(MailboxMessageLoader::toRaw);
    }

    private java.util.stream.Stream<MessageId> parse(String id) {
        try {
            return java.util.stream.Stream.of(messageIdFactory.fromString(id));
        } catch (RuntimeException e) {
            return java.util.stream.Stream.empty();
        }
    }

    private static RawMessage toRaw(MessageResult result) {
        try (InputStream content = result.getFullContent().getInputStream()) {
            return new RawMessage(result.getMessageId().serialize(), result.getInternalDate().toInstant(), content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.james.mailbox.exception.MailboxException e) {
            throw new IllegalStateException(e);
        }
    }
}
