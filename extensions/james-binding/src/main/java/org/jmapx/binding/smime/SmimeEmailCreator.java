package org.jmapx.binding.smime;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;

import javax.inject.Inject;
import javax.mail.Flags;

import org.apache.james.jmap.JMAPConfiguration;
import org.apache.james.jmap.core.SetError;
import org.apache.james.jmap.json.EmailSetSerializer;
import org.apache.james.jmap.mail.EmailCreationId;
import org.apache.james.jmap.mail.EmailCreationRequest;
import org.apache.james.jmap.method.EmailSetCreatePerformer;
import org.apache.james.jmap.method.SizeExceededException;
import org.apache.james.jmap.routes.BlobResolvers;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageManager;
import org.apache.james.mailbox.model.MailboxId;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.util.html.HtmlTextExtractor;
import org.jmapx.binding.mail.CreatedEmail;
import org.jmapx.smime.sign.SmimeComposer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import play.api.libs.json.JsObject;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Creates one Email/set creation that asked for S/MIME without ever storing its plaintext: the message
 * is built from the creation exactly as James's EmailSetCreatePerformer builds it (James's parser and
 * {@code EmailCreationRequest.toMime4JMessage}), signed and/or encrypted in memory, and only the
 * protected bytes are appended, once. Keywords, receivedAt, the one-mailbox rule, the size limit and
 * the SetErrors are James's, so such a creation behaves like any other except for what is stored.
 */
public class SmimeEmailCreator {
    private final EmailSetSerializer serializer;
    private final BlobResolvers blobResolvers;
    private final HtmlTextExtractor htmlTextExtractor;
    private final MailboxManager mailboxManager;
    private final JMAPConfiguration configuration;

    @Inject
    public SmimeEmailCreator(EmailSetSerializer serializer, BlobResolvers blobResolvers, HtmlTextExtractor htmlTextExtractor,
                             MailboxManager mailboxManager, JMAPConfiguration configuration) {
        this.serializer = serializer;
        this.blobResolvers = blobResolvers;
        this.htmlTextExtractor = htmlTextExtractor;
        this.mailboxManager = mailboxManager;
        this.configuration = configuration;
    }

    /** One outcome: the "created" entry (id, blobId, threadId, size as James writes them) or a SetError. */
    record Outcome(String creationId, Optional<ObjectNode> created, Optional<ObjectNode> notCreated) {
        Optional<String> createdId() {
            return created.map(entry -> entry.get("id").asText());
        }
    }

    Mono<Outcome> create(EmailCreationId creationId, JsObject creation, SmimeProtection protection, MailboxSession session) {
        return Mono.fromCallable(() -> protectedAppend(creation, protection, session))
            .flatMap(append -> Mono.from(mailboxManager.getMailboxReactive(append.mailboxId(), session))
                .flatMap(mailbox -> Mono.from(mailbox.appendMessageReactive(append.command(), session))))
            .map(appended -> new Outcome(creationId.id(), Optional.of(CreatedEmail.of(appended)), Optional.empty()))
            .onErrorResume(failure -> Mono.just(new Outcome(creationId.id(), Optional.empty(),
                Optional.of(asJson(new EmailSetCreatePerformer.CreationFailure(creationId, failure).asMessageSetError())))))
            .subscribeOn(Schedulers.boundedElastic());
    }

    private record ProtectedAppend(MailboxId mailboxId, MessageManager.AppendCommand command) {
    }

    /** Everything before the one write; throws what James's create would turn into a SetError. */
    private ProtectedAppend protectedAppend(JsObject creation, SmimeProtection protection, MailboxSession session) throws Exception {
        scala.util.Either<?, EmailCreationRequest> parsed = serializer.deserializeCreationRequest(creation).asEither();
        if (parsed.isLeft()) {
            throw new IllegalArgumentException(parsed.left().get().toString());
        }
        EmailCreationRequest request = parsed.right().get();
        if (request.mailboxIds().value().size() != 1) {
            throw new IllegalArgumentException("mailboxIds need to have size 1");
        }
        scala.util.Either<Throwable, Message> message = request.toMime4JMessage(blobResolvers, htmlTextExtractor, session);
        if (message.isLeft()) {
            throw asException(message.left().get());
        }
        byte[] protectedMessage = SmimeComposer.compose(DefaultMessageWriter.asBytes(message.right().get()),
            protection.signer(), protection.encryptFor());
        Optional<Long> limit = configuration.getMaximumSendSize();
        if (limit.isPresent() && protectedMessage.length > limit.get()) {
            throw new SizeExceededException(protectedMessage.length, limit.get());
        }
        Flags flags = request.keywords().isDefined() ? request.keywords().get().asFlags() : new Flags();
        ZonedDateTime receivedAt = request.receivedAt().isDefined() ? request.receivedAt().get().asUTC() : ZonedDateTime.now();
        return new ProtectedAppend(request.mailboxIds().value().head(), MessageManager.AppendCommand.builder()
            .recent()
            .withFlags(flags)
            .withInternalDate(Date.from(receivedAt.toInstant()))
            .build(protectedMessage));
    }

    private static Exception asException(Throwable failure) {
        return failure instanceof Exception exception ? exception : new IllegalStateException(failure);
    }

    static ObjectNode asJson(SetError error) {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("type", error.type()).put("description", error.description());
        if (error.properties().isDefined()) {
            ArrayNode properties = json.putArray("properties");
            error.properties().get().value().foreach(property -> properties.add(property.value()));
        }
        return json;
    }
}
