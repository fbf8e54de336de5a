package org.jmapx.binding.smime;

import javax.inject.Inject;

import org.apache.james.jmap.api.change.EmailChangeRepository;
import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.core.SessionTranslator;
import org.apache.james.jmap.json.EmailSetSerializer;
import org.apache.james.jmap.method.EmailImportMethod;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.routes.BlobResolvers;
import org.apache.james.jmap.routes.SessionSupplier;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.metrics.api.MetricFactory;
import org.reactivestreams.Publisher;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import reactor.core.publisher.Flux;

/**
 * James's Email/import, then S/MIME messages stored as the uploaded bytes. James parses the blob with
 * mime4j and appends the re-serialised message, which re-encodes quoted-printable and base64 bodies:
 * the bytes a signature covers change and real-world signed mail (Thunderbird's quoted-printable
 * format=flowed text) would read signed/failed. Bound in place of {@link EmailImportMethod} like
 * Email/get (docs/adr/0006).
 */
public class SmimeEmailImportMethod extends EmailImportMethod {
    private final SmimeImportedBytes importedBytes;

    @Inject
    public SmimeEmailImportMethod(MetricFactory metricFactory, SessionSupplier sessionSupplier, SessionTranslator sessionTranslator,
                                  BlobResolvers blobResolvers, EmailSetSerializer serializer, MailboxManager mailboxManager,
                                  EmailChangeRepository emailChangeRepository, SmimeImportedBytes importedBytes) {
        super(metricFactory, sessionSupplier, sessionTranslator, blobResolvers, serializer, mailboxManager, emailChangeRepository);
        this.importedBytes = importedBytes;
    }

    @Override
    public Publisher<InvocationWithContext> process(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                    InvocationWithContext invocation, MailboxSession session) {
        return Flux.from(super.process(capabilities, invocation, session))
            .concatMap(response -> importedBytes.restore(invocation.invocation(), response, session));
    }

    /** Same as James's; the raw type works around Scala's covariant Either (see SmimeEmailGetMethod). */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public scala.util.Either getRequest(MailboxSession mailboxSession, Invocation invocation) {
        return super.getRequest(mailboxSession, invocation);
    }
}
