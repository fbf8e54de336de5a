package org.jmapx.binding.smime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import javax.inject.Inject;

import org.apache.james.jmap.core.ClientId;
import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.core.ServerId;
import org.apache.james.jmap.mail.BlobId;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.routes.BlobResolvers;
import org.apache.james.jmap.routes.ProcessingContext;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageIdManager;
import org.apache.james.mailbox.MessageManager;
import org.apache.james.mailbox.model.FetchGroup;
import org.apache.james.mailbox.model.MailboxId;
import org.apache.james.mailbox.model.MessageId;
import org.apache.james.mailbox.model.MessageResult;
import org.jmapx.binding.json.JsonBridge;
import org.jmapx.smime.mime.MimeEntity;
import org.jmapx.smime.mime.SmimeLayer;
import org.jmapx.smime.mime.SmimeLayers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * After James's Email/import, puts back the uploaded bytes of each imported S/MIME message whose
 * stored form differs from them (RFC 8551 3.1.1: a signature covers the exact MIME entity). The
 * message is appended again as uploaded, with the same mailboxes, keywords and receivedAt, and James's
 * re-serialised copy is deleted; the response's "created" entry and the creation-id map point to the
 * new message. Messages without S/MIME are left as James stored them.
 */
public class SmimeImportedBytes {
    private final BlobResolvers blobResolvers;
    private final MessageIdManager messageIdManager;
    private final MailboxManager mailboxManager;
    private final MessageId.Factory messageIdFactory;
    private final JsonBridge bridge;

    @Inject
    public SmimeImportedBytes(BlobResolvers blobResolvers, MessageIdManager messageIdManager, MailboxManager mailboxManager,
                              MessageId.Factory messageIdFactory, JsonBridge bridge) {
        this.blobResolvers = blobResolvers;
        this.messageIdManager = messageIdManager;
        this.mailboxManager = mailboxManager;
        this.messageIdFactory = messageIdFactory;
        this.bridge = bridge;
    }

    Mono<InvocationWithContext> restore(Invocation request, InvocationWithContext response, MailboxSession session) {
        if (!response.invocation().methodName().value().equals("Email/import")) {
            return Mono.just(response);
        }
        ObjectNode arguments = bridge.toJackson(response.invocation().arguments());
        JsonNode created = arguments.get("created");
        JsonNode emails = bridge.toJackson(request.arguments()).get("emails");
        if (created == null || !created.isObject() || emails == null || !emails.isObject()) {
            return Mono.just(response);
        }
        ProcessingContext[] context = {response.processingContext()};
        return Flux.fromIterable(() -> created.fields())
            .filter(entry -> emails.path(entry.getKey()).path("blobId").isTextual())
            .concatMap(entry -> restoreOne((ObjectNode) entry.getValue(), emails.get(entry.getKey()).get("blobId").asText(), session)
                .doOnNext(newId -> context[0] = context[0].recordCreatedId(new ClientId(entry.getKey()), new ServerId(newId))))
            .then(Mono.fromSupplier(() -> new InvocationWithContext(new Invocation(response.invocation().methodName(),
                bridge.toPlay(arguments), response.invocation().methodCallId()), context[0])));
    }

    /** The new id when the message was stored again, empty when James's copy is already the upload. */
    private Mono<String> restoreOne(ObjectNode createdEntry, String blobId, MailboxSession session) {
        return Mono.fromCallable(() -> BlobId.of(blobId).get())
            .flatMap(id -> Mono.from(blobResolvers.resolve(id, session)))
            .publishOn(Schedulers.boundedElastic())
            .flatMap(blob -> Mono.fromCallable(() -> readAll(blob.content())))
            .filter(uploaded -> !(SmimeLayers.of(MimeEntity.parse(uploaded)) instanceof SmimeLayer.Plain))
            .flatMap(uploaded -> Mono.fromCallable(() -> replace(createdEntry, uploaded, session)))
            .flatMap(Mono::justOrEmpty);
    }

    private java.util.Optional<String> replace(ObjectNode createdEntry, byte[] uploaded, MailboxSession session) throws Exception {
        MessageId stored = messageIdFactory.fromString(createdEntry.get("id").asText());
        List<MessageResult> copies = messageIdManager.getMessage(stored, FetchGroup.FULL_CONTENT, session);
        if (copies.isEmpty()) {
            return java.util.Optional.empty();
        }
        MessageResult first = copies.get(0);
        if (Arrays.equals(readAll(first.getFullContent().getInputStream()), uploaded)) {
            return java.util.Optional.empty();
        }
        MessageManager mailbox = mailboxManager.getMailbox(first.getMailboxId(), session);
        MessageManager.AppendResult appended = mailbox.appendMessage(MessageManager.AppendCommand.builder()
            .withFlags(first.getFlags()).withInternalDate(first.getInternalDate()).notRecent()
            .build(uploaded), session);
        MessageId newId = appended.getId().getMessageId();
        List<MailboxId> mailboxIds = copies.stream().map(MessageResult::getMailboxId).distinct().toList();
        if (mailboxIds.size() > 1) {
            messageIdManager.setInMailboxes(newId, mailboxIds, session);
        }
        messageIdManager.delete(stored, mailboxIds, session);
        createdEntry.put("id", newId.serialize());
        createdEntry.put("blobId", newId.serialize());
        createdEntry.put("threadId", appended.getThreadId().serialize());
        createdEntry.put("size", appended.getSize());
        return java.util.Optional.of(newId.serialize());
    }

    private static byte[] readAll(InputStream content) throws IOException {
        try (InputStream in = content) {
            return in.readAllBytes();
        }
    }
}
