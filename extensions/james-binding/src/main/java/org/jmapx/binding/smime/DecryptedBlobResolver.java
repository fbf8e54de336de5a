package org.jmapx.binding.smime;

import javax.inject.Inject;

import org.apache.james.jmap.mail.BlobId;
import org.apache.james.jmap.mail.EmailBodyPart;
import org.apache.james.jmap.method.ZoneIdProvider;
import org.apache.james.jmap.routes.Applicable;
import org.apache.james.jmap.routes.Blob;
import org.apache.james.jmap.routes.BlobNotFoundException;
import org.apache.james.jmap.routes.BlobResolutionResult;
import org.apache.james.jmap.routes.BlobResolver;
import org.apache.james.jmap.routes.EmailBodyPartBlob;
import org.apache.james.jmap.routes.NonApplicable$;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

import reactor.core.publisher.Mono;
import reactor.core.scala.publisher.SMono$;
import scala.Option;

/**
 * Resolves {@link DecryptedBlobId}s for /download and Email/parse: the decrypted message itself, or
 * one of its parts numbered as James numbers the parts of any message.
 */
public class DecryptedBlobResolver implements BlobResolver {
    private final DecryptedMessages messages;
    private final ZoneIdProvider zoneIdProvider;

    @Inject
    public DecryptedBlobResolver(DecryptedMessages messages, ZoneIdProvider zoneIdProvider) {
        this.messages = messages;
        this.zoneIdProvider = zoneIdProvider;
    }

    @Override
    public BlobResolutionResult resolve(BlobId blobId, MailboxSession session) {
        return DecryptedBlobId.parse(blobId.value())
            .<BlobResolutionResult>map(id -> new Applicable(SMono$.MODULE$.fromPublisher(blob(blobId, id, session))))
            .orElse(NonApplicable$.MODULE$);
    }

    private Mono<Blob> blob(BlobId requested, DecryptedBlobId id, MailboxSession session) {
        return messages.decrypted(id.messageId(), session)
            .<Blob>flatMap(content -> id.partPath().isEmpty()
                ? Mono.just(new DecryptedMessageBlob(requested, content))
                : Mono.justOrEmpty(part(id, content)).map(part -> new EmailBodyPartBlob(requested, part)))
            .switchIfEmpty(Mono.error(() -> new BlobNotFoundException(requested)));
    }

    /** Walks the part path as James does for stored messages, entering attached messages on the way. */
    private java.util.Optional<EmailBodyPart> part(DecryptedBlobId id, byte[] content) {
        Option<EmailBodyPart> current = Option.apply(EmailBodyPart.of(Option.empty(), zoneIdProvider.get(), id.root(), parse(content)).get());
        for (BlobId step : id.partPath()) {
            if (current.isEmpty()) {
                break;
            }
            EmailBodyPart part = current.get();
            Option<EmailBodyPart> direct = part.partWithBlobId(step);
            current = direct.isDefined() ? direct : part.nested(zoneIdProvider.get()).flatMap(nested -> nested.partWithBlobId(step));
        }
        return current.isDefined() ? java.util.Optional.of(current.get()) : java.util.Optional.empty();
    }

    private static Message parse(byte[] content) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        try {
            return builder.parseMessage(new java.io.ByteArrayInputStream(content));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
