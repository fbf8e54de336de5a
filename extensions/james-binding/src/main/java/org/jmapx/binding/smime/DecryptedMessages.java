package org.jmapx.binding.smime;

import java.util.List;

import javax.inject.Inject;

import org.apache.james.mailbox.MailboxSession;
import org.jmapx.smime.decrypt.MessageDecryption;
import org.jmapx.smime.service.MessageLoader;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Opens a stored message encrypted to the requesting user with the key imported for them. The
 * plaintext lives in memory for one request; nothing decrypted is stored.
 */
public class DecryptedMessages {
    private final SmimeMessageLoaders loaders;

    @Inject
    public DecryptedMessages(SmimeMessageLoaders loaders) {
        this.loaders = loaders;
    }

    /** The decrypted message; empty when it is not visible, not encrypted, or not to this user's key. */
    public Mono<byte[]> decrypted(String messageId, MailboxSession session) {
        MessageLoader loader = loaders.forSession(session);
        return loader.load(List.of(messageId)).next()
            .filter(message -> MessageDecryption.isEncrypted(message.content()))
            .flatMap(message -> loader.decryptionIdentity()
                .flatMap(identity -> Mono.justOrEmpty(identity.flatMap(key -> MessageDecryption.decrypt(message.content(), key)))))
            .subscribeOn(Schedulers.boundedElastic());
    }
}
