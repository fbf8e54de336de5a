package org.jmapx.binding.sieve;

import javax.inject.Inject;

import org.apache.james.jmap.mail.BlobId;
import org.apache.james.jmap.routes.Applicable;
import org.apache.james.jmap.routes.Blob;
import org.apache.james.jmap.routes.BlobNotFoundException;
import org.apache.james.jmap.routes.BlobResolutionResult;
import org.apache.james.jmap.routes.BlobResolver;
import org.apache.james.jmap.routes.NonApplicable$;
import org.apache.james.mailbox.MailboxSession;
import org.jmapx.binding.account.AccountDirectory;

import reactor.core.publisher.Mono;
import reactor.core.scala.publisher.SMono$;
import reactor.core.scheduler.Schedulers;

/** Serves script blobIds on James's /download, as GETSCRIPT does in ManageSieve. */
public class SieveScriptBlobResolver implements BlobResolver {
    private final SieveExtension sieve;
    private final AccountDirectory accounts;

    @Inject
    public SieveScriptBlobResolver(SieveExtension sieve, AccountDirectory accounts) {
        this.sieve = sieve;
        this.accounts = accounts;
    }

    @Override
    public BlobResolutionResult resolve(BlobId blobId, MailboxSession session) {
        if (SieveBlobIds.scriptId(blobId.value()).isEmpty()) {
            return NonApplicable$.MODULE$;
        }
        String username = session.getUser().asString();
        Mono<Blob> blob = Mono.fromCallable(() -> sieve.blobs().content(accounts.register(username), username, blobId.value()))
            .subscribeOn(Schedulers.boundedElastic())
            .flatMap(Mono::justOrEmpty)
            .<Blob>map(content -> new SieveScriptBlob(blobId, content))
            .switchIfEmpty(Mono.error(() -> new BlobNotFoundException(blobId)));
        return new Applicable(SMono$.MODULE$.fromPublisher(blob));
    }
}
