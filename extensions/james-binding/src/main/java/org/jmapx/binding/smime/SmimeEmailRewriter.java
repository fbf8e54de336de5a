package org.jmapx.binding.smime;

import java.io.InputStream;
import java.util.List;

import javax.inject.Inject;

import org.apache.james.jmap.core.ClientId;
import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.core.ServerId;
import org.apache.james.jmap.method.InvocationWithContext;
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
import org.jmapx.smime.sign.SmimeComposer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * After James created the messages of an Email/set, replaces each protected one by its S/MIME form:
 * same mailboxes, keywords and receivedAt, new id (messages are immutable). The response's "created"
 * entries and the creation-id map (so "#k1" in a following EmailSubmission/set) point to the new
 * message; refused creations are reported in "notCreated".
 */
public class SmimeEmailRewriter {
    private final MessageIdManager messageIdManager;
    private final MailboxManager mailboxManager;
    private final MessageId.Factory messageIdFactory;
    private final JsonBridge bridge;

    @Inject
    public SmimeEmailRewriter(MessageIdManager messageIdManager, MailboxManager mailboxManager, MessageId.Factory messageIdFactory,
                              JsonBridge bridge) {
        this.messageIdManager = messageIdManager;
        this.mailboxManager = mailboxManager;
        this.messageIdFactory = messageIdFactory;
        this.bridge = bridge;
    }

    Mono<InvocationWithContext> apply(InvocationWithContext response, SmimeCreationPlan plan, MailboxSession session) {
        if (!response.invocation().methodName().value().equals("Email/set")) {
            return Mono.just(response);
        }
        ObjectNode arguments = bridge.toJackson(response.invocation().arguments());
        ObjectNode created = arguments.has("created") && arguments.get("created").isObject() ? (ObjectNode) arguments.get("created") : null;
        ProcessingContext[] context = {response.processingContext()};
        return Flux.fromIterable(plan.protections().entrySet())
            .filter(entry -> created != null && created.has(entry.getKey()))
            .concatMap(entry -> replace(entry.getKey(), (ObjectNode) created.get(entry.getKey()), entry.getValue(), session)
                .doOnNext(newId -> context[0] = context[0].recordCreatedId(new ClientId(entry.getKey()), new ServerId(newId))))
            .then(Mono.fromSupplier(() -> {
                if (!plan.errors().isEmpty()) {
                    ObjectNode notCreated = arguments.has("notCreated") && arguments.get("notCreated").isObject()
                        ? (ObjectNode) arguments.get("notCreated") : arguments.putObject("notCreated");
                    plan.errors().forEach(notCreated::set);
                }
                return new InvocationWithContext(new Invocation(response.invocation().methodName(), bridge.toPlay(arguments),
                    response.invocation().methodCallId()), context[0]);
            }));
    }

    /** Rewrites one created message; updates its "created" entry in place and returns the new id. */
    private Mono<String> replace(String creationId, ObjectNode createdEntry, SmimeProtection protection, MailboxSession session) {
        return Mono.fromCallable(() -> {
            MessageId original = messageIdFactory.fromString(createdEntry.get("id").asText());
            List<MessageResult> copies = messageIdManager.getMessage(original, FetchGroup.FULL_CONTENT, session);
            if (copies.isEmpty()) {
                throw new IllegalStateException("the created message " + original.serialize() + " is gone");
            }
            MessageResult first = copies.get(0);
            byte[] raw;
            try (InputStream in = first.getFullContent().getInputStream()) {
                raw = in.readAllBytes();
            }
            byte[] protectedMessage = SmimeComposer.compose(raw, protection.signer(), protection.encryptFor());
            MessageManager mailbox = mailboxManager.getMailbox(first.getMailboxId(), session);
            MessageManager.AppendResult appended = mailbox.appendMessage(MessageManager.AppendCommand.builder()
                .withFlags(first.getFlags()).withInternalDate(first.getInternalDate()).notRecent()
                .build(protectedMessage), session);
            MessageId newId = appended.getId().getMessageId();
            List<MailboxId> mailboxIds = copies.stream().map(MessageResult::getMailboxId).distinct().toList();
            if (mailboxIds.size() > 1) {
                messageIdManager.setInMailboxes(newId, mailboxIds, session);
            }
            // the unprotected original must not stay readable next to the encrypted copy
            messageIdManager.delete(original, mailboxIds, session);
            createdEntry.put("id", newId.serialize());
            createdEntry.put("blobId", newId.serialize());
            createdEntry.put("threadId", appended.getThreadId().serialize());
            createdEntry.put("size", appended.getSize());
            return newId.serialize();
        }).subscribeOn(Schedulers.boundedElastic());
    }

}
