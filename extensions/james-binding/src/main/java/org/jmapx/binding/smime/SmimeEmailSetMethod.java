package org.jmapx.binding.smime;

import javax.inject.Inject;

import org.apache.james.jmap.api.change.EmailChangeRepository;
import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.core.SessionTranslator;
import org.apache.james.jmap.json.EmailSetSerializer;
import org.apache.james.jmap.method.EmailSetCreatePerformer;
import org.apache.james.jmap.method.EmailSetDeletePerformer;
import org.apache.james.jmap.method.EmailSetMethod;
import org.apache.james.jmap.method.EmailSetUpdatePerformer;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.routes.SessionSupplier;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.metrics.api.MetricFactory;
import org.jmapx.binding.json.JsonBridge;
import org.reactivestreams.Publisher;

import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import play.api.libs.json.JsObject;
import play.api.libs.json.JsValue;
import reactor.core.publisher.Flux;

/**
 * James's Email/set plus draft-ietf-jmap-smime-sender-extensions' smimeSign / smimeEncrypt. Bound in
 * place of {@link EmailSetMethod} like Email/get (docs/adr/0006). Without the smime-advanced capability
 * in {@code using}, or without an S/MIME property in any creation, James runs untouched.
 */
public class SmimeEmailSetMethod extends EmailSetMethod {
    private final SmimeCreationPlanner planner;
    private final SmimeEmailRewriter rewriter;
    private final JsonBridge bridge;

    @Inject
    public SmimeEmailSetMethod(EmailSetSerializer serializer, MetricFactory metricFactory, SessionSupplier sessionSupplier,
                               SessionTranslator sessionTranslator, EmailSetCreatePerformer createPerformer,
                               EmailSetDeletePerformer deletePerformer, EmailSetUpdatePerformer updatePerformer,
                               EmailChangeRepository emailChangeRepository, SmimeCreationPlanner planner,
                               SmimeEmailRewriter rewriter, JsonBridge bridge) {
        super(serializer, metricFactory, sessionSupplier, sessionTranslator, createPerformer, deletePerformer, updatePerformer,
            emailChangeRepository);
        this.planner = planner;
        this.rewriter = rewriter;
        this.bridge = bridge;
    }

    @Override
    public Publisher<InvocationWithContext> process(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                    InvocationWithContext invocation, MailboxSession session) {
        if (!SmimeAdvancedCapability.isUsed(capabilities) || !mentionsSmime(invocation.invocation().arguments())) {
            return super.process(capabilities, invocation, session);
        }
        ObjectNode arguments = bridge.toJackson(invocation.invocation().arguments());
        return planner.plan(arguments, session.getUser().asString())
            .flatMapMany(plan -> {
                InvocationWithContext stripped = new InvocationWithContext(new Invocation(invocation.invocation().methodName(),
                    bridge.toPlay(arguments), invocation.invocation().methodCallId()), invocation.processingContext());
                return Flux.from(super.process(capabilities, stripped, session))
                    .concatMap(response -> rewriter.apply(response, plan, session));
            });
    }

    /** A cheap look at the play-json tree: only "create" entries can carry the S/MIME properties. */
    private static boolean mentionsSmime(JsObject arguments) {
        scala.Option<JsValue> create = arguments.value().get("create");
        if (create.isEmpty() || !(create.get() instanceof JsObject creations)) {
            return false;
        }
        return creations.values().exists(creation -> creation instanceof JsObject object
            && (object.value().contains(SmimeCreationPlanner.SIGN) || object.value().contains(SmimeCreationPlanner.ENCRYPT)));
    }

    /** Same as James's; the raw type works around Scala's covariant Either (see SmimeEmailGetMethod). */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public scala.util.Either getRequest(MailboxSession mailboxSession, Invocation invocation) {
        return super.getRequest(mailboxSession, invocation);
    }
}
