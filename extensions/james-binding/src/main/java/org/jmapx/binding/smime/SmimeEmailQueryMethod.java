package org.jmapx.binding.smime;

import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.james.jmap.JMAPConfiguration;
import org.apache.james.jmap.api.projections.EmailQueryView;
import org.apache.james.jmap.core.ErrorCode;
import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.core.SessionTranslator;
import org.apache.james.jmap.json.EmailQuerySerializer;
import org.apache.james.jmap.method.EmailQueryMethod;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.routes.SessionSupplier;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.metrics.api.MetricFactory;
import org.jmapx.binding.json.JsonBridge;
import org.jmapx.smime.service.SmimeStatusService;
import org.reactivestreams.Publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * James's Email/query plus RFC 9219's hasSmime, hasVerifiedSmime and hasVerifiedSmimeAtDelivery.
 * Bound in place of {@link EmailQueryMethod} (docs/adr/0006). Without those conditions the call goes
 * to James untouched. With them, James runs the rest of the filter and the sort (page by page), the
 * S/MIME conditions keep the matching ids in James's order, and position/limit apply to that.
 */
public class SmimeEmailQueryMethod extends EmailQueryMethod {
    /** James's largest page (Limit.default in 3.8.1). */
    private static final int PAGE = 256;
    /** Upper bound of the ids examined for one query, so one request cannot verify a whole mail store. */
    static final int MAX_EXAMINED = 10_000;

    private final SmimeStatusService smime;
    private final SmimeMessageLoaders loaders;
    private final JsonBridge bridge;

    @Inject
    public SmimeEmailQueryMethod(EmailQuerySerializer serializer, MailboxManager mailboxManager, MetricFactory metricFactory,
                                 SessionSupplier sessionSupplier, SessionTranslator sessionTranslator, JMAPConfiguration configuration,
                                 EmailQueryView emailQueryView, SmimeStatusService smime, SmimeMessageLoaders loaders, JsonBridge bridge) {
        super(serializer, mailboxManager, metricFactory, sessionSupplier, sessionTranslator, configuration, emailQueryView);
        this.smime = smime;
        this.loaders = loaders;
        this.bridge = bridge;
    }

    @Override
    public Publisher<InvocationWithContext> process(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities,
                                                    InvocationWithContext invocation, MailboxSession session) {
        if (!SmimeVerifyCapability.isUsed(capabilities) || !invocation.invocation().arguments().value().contains("filter")) {
            return super.process(capabilities, invocation, session);
        }
        ObjectNode arguments = bridge.toJackson(invocation.invocation().arguments());
        SmimeFilter filter;
        try {
            filter = SmimeFilter.extract(arguments.get("filter"));
        } catch (UnsupportedSmimeFilterException e) {
            return Mono.just(error(invocation, ErrorCode.UnsupportedFilter$.MODULE$, e.getMessage()));
        } catch (IllegalArgumentException e) {
            return Mono.just(error(invocation, ErrorCode.InvalidArguments$.MODULE$, e.getMessage()));
        }
        if (filter.isEmpty()) {
            return super.process(capabilities, invocation, session);
        }
        if (arguments.get("filter").isEmpty()) {
            arguments.remove("filter");
        }
        return queryAll(capabilities, invocation, arguments, session, 0, new ArrayList<>())
            .flatMap(all -> all.error() != null
                ? Mono.just(all.error())
                : smime.evaluate(all.ids(), filter.request(), loaders.forSession(session))
                    .map(results -> respond(invocation, all.lastResponse(), arguments, filter.matching(all.ids(), results))));
    }

    private record Collected(List<String> ids, ObjectNode lastResponse, InvocationWithContext error) {
    }

    /** James's ids for the filter without S/MIME conditions, page after page, in James's order. */
    private Mono<Collected> queryAll(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities, InvocationWithContext invocation,
                                     ObjectNode arguments, MailboxSession session, int position, List<String> collected) {
        ObjectNode page = arguments.deepCopy();
        page.put("position", position);
        page.put("limit", PAGE);
        page.remove("calculateTotal");
        InvocationWithContext call = new InvocationWithContext(
            new Invocation(invocation.invocation().methodName(), bridge.toPlay(page), invocation.invocation().methodCallId()),
            invocation.processingContext());
        return Flux.from(super.process(capabilities, call, session)).next().flatMap(response -> {
            if (!response.invocation().methodName().equals(methodName())) {
                return Mono.just(new Collected(collected, null, response));
            }
            ObjectNode result = bridge.toJackson(response.invocation().arguments());
            result.withArray("ids").forEach(id -> collected.add(id.asText()));
            boolean more = result.withArray("ids").size() == PAGE && collected.size() < MAX_EXAMINED;
            return more
                ? queryAll(capabilities, invocation, arguments, session, position + PAGE, collected)
                : Mono.just(new Collected(collected, result, null));
        });
    }

    private InvocationWithContext respond(InvocationWithContext invocation, ObjectNode jamesResponse, ObjectNode request, List<String> matching) {
        int requestedPosition = request.path("position").asInt(0);
        int position = requestedPosition < 0 ? Math.max(0, matching.size() + requestedPosition) : Math.min(requestedPosition, matching.size());
        JsonNode requestedLimit = request.get("limit");
        int limit = requestedLimit != null && requestedLimit.isInt() && requestedLimit.asInt() > 0 && requestedLimit.asInt() < PAGE
            ? requestedLimit.asInt() : PAGE;
        List<String> ids = matching.subList(position, Math.min(matching.size(), position + limit));
        ObjectNode response = jamesResponse.objectNode();
        response.set("accountId", jamesResponse.get("accountId"));
        response.put("queryState", Integer.toHexString(ids.hashCode()));
        response.put("canCalculateChanges", false);
        response.putArray("ids").addAll(ids.stream().map(response::textNode).toList());
        response.put("position", position);
        if (requestedLimit == null || requestedLimit.asInt() != limit) {
            response.put("limit", limit);
        }
        if (request.path("calculateTotal").asBoolean(false)) {
            response.put("total", matching.size());
        }
        return new InvocationWithContext(new Invocation(invocation.invocation().methodName(), bridge.toPlay(response),
            invocation.invocation().methodCallId()), invocation.processingContext());
    }

    private static InvocationWithContext error(InvocationWithContext invocation, ErrorCode code, String description) {
        return new InvocationWithContext(Invocation.error(code, description, invocation.invocation().methodCallId()),
            invocation.processingContext());
    }
}
