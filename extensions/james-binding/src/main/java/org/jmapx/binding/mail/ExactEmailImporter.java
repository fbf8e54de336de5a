package org.jmapx.binding.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.List;

import javax.inject.Inject;

import org.apache.james.jmap.routes.BlobNotFoundException;
import org.apache.james.jmap.routes.BlobResolvers;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageIdManager;
import org.apache.james.mailbox.MessageManager;
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.mailbox.exception.MailboxNotFoundException;
import org.apache.james.mailbox.exception.OverQuotaException;
import org.apache.james.mailbox.model.MailboxACL;
import org.apache.james.mailbox.model.MailboxId;

import com.fasterxml.jackson.databind.node.ObjectNode;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Stores one EmailImport: the uploaded bytes exactly as uploaded (RFC 8621 4.8: the Email's blobId
 * and size are the blob's), in every mailbox named. Everything that can refuse the import is checked
 * before the one append, so a refused import writes nothing: the blob exists and is a message, each
 * mailbox exists and takes insertions. The message goes to the first mailbox, then to the others
 * through MessageIdManager (one message in several mailboxes, as Email/set mailboxIds makes it).
 */
public class ExactEmailImporter {
    private final BlobResolvers blobResolvers;
    private final MailboxManager mailboxManager;
    private final MessageIdManager messageIdManager;

    @Inject
    public ExactEmailImporter(BlobResolvers blobResolvers, MailboxManager mailboxManager, MessageIdManager messageIdManager) {
        this.blobResolvers = blobResolvers;
        this.mailboxManager = mailboxManager;
        this.messageIdManager = messageIdManager;
    }

    /** The "created" entry (id, blobId, threadId, size); fails with an {@link ImportRefusal} only. */
    Mono<ObjectNode> importEmail(EmailImportCreation creation, MailboxSession session) {
        return Mono.defer(() -> Mono.from(blobResolvers.resolve(creation.blobId(), session)))
            // James's Cassandra uploads refuse an "uploads-" id whose UUID is not time-based with an
            // IllegalArgumentException: such an id names no blob either
            .onErrorMap(e -> e instanceof BlobNotFoundException || e instanceof IllegalArgumentException,
                e -> ImportRefusal.of("notFound", "Blob " + creation.blobId().value() + " could not be found", "blobId"))
            .switchIfEmpty(Mono.error(() -> ImportRefusal.of("notFound", "Blob " + creation.blobId().value() + " could not be found",
                "blobId")))
            .publishOn(Schedulers.boundedElastic())
            .map(blob -> {
                try (InputStream content = blob.content()) {
                    return content.readAllBytes();
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot read blob " + creation.blobId().value(), e);
                }
            })
            .flatMap(bytes -> Mono.fromCallable(() -> store(creation, bytes, session)))
            .onErrorMap(OverQuotaException.class, e -> ImportRefusal.of("overQuota", e.getMessage()));
    }

    private ObjectNode store(EmailImportCreation creation, byte[] bytes, MailboxSession session) throws Exception {
        InternetMessageCheck.check(bytes);
        MessageManager first = writable(creation.mailboxIds().get(0), session);
        for (MailboxId other : creation.mailboxIds().subList(1, creation.mailboxIds().size())) {
            writable(other, session);
        }
        MessageManager.AppendResult appended = first.appendMessage(MessageManager.AppendCommand.builder()
            .recent()
            .withFlags(creation.flags())
            .withInternalDate(Date.from(creation.receivedAt()))
            .build(bytes), session);
        List<MailboxId> mailboxIds = creation.mailboxIds().stream().distinct().toList();
        if (mailboxIds.size() > 1) {
            messageIdManager.setInMailboxes(appended.getId().getMessageId(), mailboxIds, session);
        }
        return CreatedEmail.of(appended);
    }

    /**
     * A mailbox the user cannot see is "notFound" as in James's Email/import (with the property named,
     * since RFC 8621 4.8 gives notFound to a missing blob); one the user sees but may not insert into
     * is "forbidden" (RFC 8620 5.3), where James's append failed with serverFail.
     */
    private MessageManager writable(MailboxId mailboxId, MailboxSession session) throws ImportRefusal, MailboxException {
        MessageManager mailbox;
        try {
            mailbox = mailboxManager.getMailbox(mailboxId, session);
        } catch (MailboxNotFoundException e) {
            throw ImportRefusal.of("notFound", "Mailbox " + mailboxId.serialize() + " could not be found", "mailboxIds");
        }
        if (!mailboxManager.hasRight(mailbox.getMailboxEntity(), MailboxACL.Right.Insert, session)) {
            throw ImportRefusal.of("forbidden", "Mailbox " + mailboxId.serialize() + " does not accept new messages from this user",
                "mailboxIds");
        }
        return mailbox;
    }
}
