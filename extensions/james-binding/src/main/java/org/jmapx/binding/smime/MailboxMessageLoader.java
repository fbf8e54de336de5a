package org.jmapx.binding.smime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageIdManager;
import org.apache.james.mailbox.model.FetchGroup;
import org.apache.james.mailbox.model.MessageId;
import org.apache.james.mailbox.model.MessageResult;
import org.jmapx.smime.certs.RecipientCertificates;
import org.jmapx.smime.keys.UserKeys;
import org.jmapx.smime.service.MessageLoader;
import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.service.RawMessage;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads messages through James's mailbox API, with the rights of the requesting user. */
final class MailboxMessageLoader implements MessageLoader {
    private final MessageIdManager messageIdManager;
    private final MessageId.Factory messageIdFactory;
    private final MailboxSession session;
    private final UserKeys keys;
    private final RecipientCertificates recipientCertificates;

    MailboxMessageLoader(MessageIdManager messageIdManager, MessageId.Factory messageIdFactory, MailboxSession session,
                         UserKeys keys, RecipientCertificates recipientCertificates) {
        this.recipientCertificates = recipientCertificates;
        this.messageIdManager = messageIdManager;
        this.messageIdFactory = messageIdFactory;
        this.session = session;
        this.keys = keys;
    }

    /**
     * The logged-in user's imported key, to open mail encrypted to them; no key (or no secret): empty.
     * For a delegate the session's user is the account owner, and the owner's key is not the delegate's.
     */
    @Override
    public Mono<Optional<SigningIdentity>> decryptionIdentity() {
        // the key of whoever is logged in: a delegate reading the owner's account does not use the owner's key
        return keys.identity(session.getLoggedInUser().orElse(session.getUser()).asString())
            .map(Optional::of)
            .defaultIfEmpty(Optional.empty())
            // an unusable stored key leaves encrypted mail unknown; the error carries no key material
            .onErrorReturn(Optional.empty());
    }

    /** The learning rule: signers of verified mail this user received, per user (docs/smime.md). */
    @Override
    public Mono<Void> learnSigner(String fromAddress, java.security.cert.X509Certificate signer) {
        return recipientCertificates.learn(session.getUser().asString(), fromAddress, signer);
    }

    @Override
    public String cacheScope() {
        // statuses depend on the key that opened the message: the logged-in user's (see decryptionIdentity)
        return session.getLoggedInUser().orElse(session.getUser()).asString();
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
