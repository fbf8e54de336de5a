package org.jmapx.binding.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.james.jmap.core.ClientId;
import org.apache.james.jmap.core.ErrorCode;
import org.apache.james.jmap.core.Invocation;
import org.apache.james.jmap.core.RequestObject;
import org.apache.james.jmap.core.ServerId;
import org.apache.james.jmap.method.InvocationWithContext;
import org.apache.james.jmap.method.Method;
import org.apache.james.jmap.routes.ProcessingContext;
import org.apache.james.jmap.routes.UnsupportedCapabilitiesException;
import org.apache.james.mailbox.MailboxSession;
import org.jmapx.binding.capability.ScalaCapabilities;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import scala.collection.immutable.HashMap;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Runs the method calls of one request in order, as James 3.8.1's {@code JMAPApi.process} does (each
 * call sees the creation ids and results of the calls before it; back-references are resolved by
 * James's {@link ProcessingContext}), with what RFC 8620 asks and James 3.8.1 does not do:
 * <ul>
 *   <li>the request's {@code createdIds} (3.3) seed the creation ids, and the ids known at the end are
 *   returned for the response (3.4);</li>
 *   <li>an argument given both plainly and as a result reference ({@code ids} and {@code #ids}) gets
 *   invalidArguments (3.7), for every method;</li>
 *   <li>{@link InvocationRewriter}s adapt the arguments and responses of James's own methods.</li>
 * </ul>
 */
public class MethodCalls {
    private final Map<String, Method> methodsByName;
    private final Set<String> supportedCapabilities;
    private final List<InvocationRewriter> rewriters;
    private final ImplicitCapabilities implicitCapabilities;

    public MethodCalls(Set<Method> methods, Set<String> supportedCapabilities, List<InvocationRewriter> rewriters) {
        this(methods, supportedCapabilities, rewriters, ImplicitCapabilities.off());
    }

    public MethodCalls(Set<Method> methods, Set<String> supportedCapabilities, List<InvocationRewriter> rewriters,
                       ImplicitCapabilities implicitCapabilities) {
        // James routes by name the same way (the last method of a name wins, and there is one of each)
        this.methodsByName = methods.stream().collect(Collectors.toMap(method -> method.methodName().value().toString(),
            Function.identity(), (first, second) -> second));
        this.supportedCapabilities = supportedCapabilities;
        this.rewriters = rewriters;
        this.implicitCapabilities = implicitCapabilities;
    }

    /** The responses, and the creation ids at the end of the request. */
    public record Outcome(List<Invocation> responses, Map<String, String> createdIds) {
    }

    public Mono<Outcome> process(RequestObject request, MailboxSession session) {
        return process(request, session, "unknown client");
    }

    /** @param client how the client names itself (its User-Agent), for {@link ImplicitCapabilities}' log */
    public Mono<Outcome> process(RequestObject request, MailboxSession session, String client) {
        scala.collection.immutable.Set<Refined<String, string.Uri>> using = request.using();
        Set<String> unsupported = CollectionConverters.asJava(using).stream()
            .map(Refined::value)
            .filter(capability -> !supportedCapabilities.contains(capability))
            .collect(Collectors.toSet());
        if (!unsupported.isEmpty()) {
            return Mono.error(new UnsupportedCapabilitiesException(ScalaCapabilities.of(unsupported)));
        }
        AtomicReference<ProcessingContext> context = new AtomicReference<>(initialContext(request));
        return Flux.fromIterable(CollectionConverters.asJava(request.methodCalls()))
            .concatMap(call -> Mono.defer(() -> process(using, session, client, call, context.get()))
                .doOnNext(results -> context.set(results.get(results.size() - 1).processingContext())))
            .collectList()
            .map(all -> new Outcome(
                all.stream().flatMap(List::stream).map(InvocationWithContext::invocation).toList(),
                creationIds(context.get())));
    }

    private Mono<List<InvocationWithContext>> process(scala.collection.immutable.Set<Refined<String, string.Uri>> using,
                                                      MailboxSession session, String client, Invocation call,
                                                      ProcessingContext context) {
        Optional<String> conflict = ArgumentReferences.conflict(call.arguments());
        if (conflict.isPresent()) {
            return Mono.just(List.of(new InvocationWithContext(Invocation.error(ErrorCode.InvalidArguments$.MODULE$,
                "'" + conflict.get() + "' and '#" + conflict.get() + "' cannot both be given (RFC 8620 3.7)",
                call.methodCallId()), context)));
        }
        scala.util.Either<?, Invocation> resolved = context.resolveBackReferences(call);
        if (resolved.isLeft()) {
            return Mono.just(List.of(new InvocationWithContext(Invocation.error(ErrorCode.InvalidResultReference$.MODULE$,
                "Failed resolving back-reference: " + ((Exception) resolved.left().get()).getMessage(), call.methodCallId()),
                context)));
        }
        Invocation asMade = resolved.right().get();
        Invocation invocation = rewriteArguments(asMade, session);
        return run(using, session, client, new InvocationWithContext(invocation, context))
            .map(result -> new InvocationWithContext(rewriteResponse(asMade, result.invocation()),
                result.processingContext()))
            .map(InvocationWithContext::recordInvocation)
            .collectList();
    }

    private Flux<InvocationWithContext> run(scala.collection.immutable.Set<Refined<String, string.Uri>> using,
                                            MailboxSession session, String client, InvocationWithContext invocation) {
        Invocation call = invocation.invocation();
        Method method = methodsByName.get(call.methodName().value().toString());
        if (method == null) {
            return Flux.just(new InvocationWithContext(Invocation.error(ErrorCode.UnknownMethod$.MODULE$, call.methodCallId()),
                invocation.processingContext()));
        }
        scala.collection.immutable.Set<Refined<String, string.Uri>> missing = method.requiredCapabilities().diff(using);
        scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities = using;
        if (missing.nonEmpty()) {
            Set<String> missingNames = CollectionConverters.asJava(missing).stream().map(Refined::value).collect(Collectors.toSet());
            if (!implicitCapabilities.enabled() || !supportedCapabilities.containsAll(missingNames)) {
                return Flux.just(new InvocationWithContext(Invocation.error(ErrorCode.UnknownMethod$.MODULE$,
                    "Missing capability(ies): " + missing.mkString(", "), call.methodCallId()), invocation.processingContext()));
            }
            implicitCapabilities.ranWithout(client, session.getUser().asString(), call.methodName().value(), missingNames);
            Set<String> widened = CollectionConverters.asJava(using).stream().map(Refined::value).collect(Collectors.toSet());
            widened.addAll(missingNames);
            capabilities = ScalaCapabilities.of(widened);
        }
        return Flux.from(method.process(capabilities, invocation, session))
            .onErrorResume(error -> Mono.just(new InvocationWithContext(Invocation.error(ErrorCode.ServerFail$.MODULE$,
                String.valueOf(error.getMessage()), call.methodCallId()), invocation.processingContext())));
    }

    private Invocation rewriteArguments(Invocation call, MailboxSession session) {
        Invocation rewritten = call;
        for (InvocationRewriter rewriter : rewriters) {
            rewritten = rewriter.arguments(rewritten, session);
        }
        return rewritten;
    }

    private Invocation rewriteResponse(Invocation call, Invocation response) {
        Invocation rewritten = response;
        for (InvocationRewriter rewriter : rewriters) {
            rewritten = rewriter.response(call, rewritten);
        }
        return rewritten;
    }

    private static ProcessingContext initialContext(RequestObject request) {
        ProcessingContext context = new ProcessingContext(new HashMap<>(), new HashMap<>());
        if (request.createdIds().isDefined()) {
            for (Map.Entry<ClientId, ServerId> entry : CollectionConverters.asJava(request.createdIds().get().value()).entrySet()) {
                context = context.recordCreatedId(entry.getKey(), entry.getValue());
            }
        }
        return context;
    }

    private static Map<String, String> creationIds(ProcessingContext context) {
        // ProcessingContext keeps its creation ids private; the case class accessor is the only read path in 3.8.1
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        CollectionConverters.asJava(context.creationIds$access$0())
            .forEach((clientId, serverId) -> ids.put(clientId.value().toString(), serverId.value().toString()));
        return ids;
    }
}
