package org.jmapx.binding.limits;

import static io.netty.handler.codec.http.HttpHeaderNames.CONTENT_LENGTH;
import static io.netty.handler.codec.http.HttpHeaderNames.CONTENT_TYPE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.apache.james.jmap.Endpoint;
import org.apache.james.jmap.HttpConstants;
import org.apache.james.jmap.JMAPRoute;
import org.apache.james.jmap.JMAPUrls;
import org.apache.james.jmap.core.CapabilityFactory;
import org.apache.james.jmap.core.ProblemDetails;
import org.apache.james.jmap.core.RequestLevelErrorType;
import org.apache.james.jmap.core.RequestObject;
import org.apache.james.jmap.exceptions.UnauthorizedException;
import org.apache.james.jmap.http.Authenticator;
import org.apache.james.jmap.http.UserProvisioning;
import org.apache.james.jmap.http.rfc8621.InjectionKeys;
import org.apache.james.jmap.core.ResponseObject;
import org.apache.james.jmap.json.ResponseSerializer;
import org.apache.james.jmap.method.Method;
import org.apache.james.jmap.routes.JMAPApi;
import org.apache.james.jmap.routes.JMAPApiRoutes;
import org.apache.james.mailbox.MailboxSession;
import org.jmapx.binding.api.ImplicitCapabilities;
import org.jmapx.binding.api.JamesMethodRewriters;
import org.jmapx.binding.api.MethodCalls;
import org.jmapx.binding.json.JsonBridge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import play.api.libs.json.JsError;
import play.api.libs.json.JsObject;
import play.api.libs.json.JsResult;
import play.api.libs.json.JsSuccess;
import play.api.libs.json.JsValue;
import play.api.libs.json.Json;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import scala.Option;

/**
 * James's JMAP API endpoint (POST /jmap) with the request limits of RFC 8620 section 3.6.1 enforced:
 * a request larger than maxSizeRequest, with more method calls than maxCallsInRequest, or beyond the
 * user's maxConcurrentRequests requests in progress, is answered with the
 * "urn:ietf:params:jmap:error:limit" problem naming the limit, and nothing of it runs.
 * The method calls run through {@link MethodCalls} (James's {@link JMAPApi#process} plus createdIds,
 * RFC 8620 3.3/3.4, and the argument rules of 3.7); request-level errors are problem details served as
 * application/problem+json (3.6.1, RFC 7807). Authentication, user provisioning, parsing and the
 * methods are James's. Bound in place of {@link JMAPApiRoutes} (the same way the S/MIME Email methods
 * replace James's, docs/adr/0006); a singleton, as it counts every request.
 */
@Singleton
public class RequestLimitsApiRoutes extends JMAPApiRoutes {
    private static final Logger LOGGER = LoggerFactory.getLogger(RequestLimitsApiRoutes.class);
    private static final String PROBLEM_CONTENT_TYPE = "application/problem+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Authenticator authenticator;
    private final UserProvisioning userProvisioner;
    private final MethodCalls methodCalls;
    private final JsonBridge bridge;
    private final RequestLimits limits;
    private final ConcurrentRequests concurrentRequests;

    @Inject
    public RequestLimitsApiRoutes(@Named(InjectionKeys.RFC_8621) Authenticator authenticator, UserProvisioning userProvisioner,
                                  JMAPApi jmapApi, Set<Method> methods, Set<CapabilityFactory> capabilities, JsonBridge bridge,
                                  JamesMethodRewriters rewriters, ImplicitCapabilities implicitCapabilities) {
        super(authenticator, userProvisioner, jmapApi);
        this.authenticator = authenticator;
        this.userProvisioner = userProvisioner;
        this.bridge = bridge;
        this.methodCalls = new MethodCalls(methods, capabilities.stream().map(CapabilityFactory::id).collect(Collectors.toSet()),
            rewriters.all(), implicitCapabilities);
        this.limits = RequestLimits.JAMES_3_8_1;
        this.concurrentRequests = new ConcurrentRequests(limits.maxConcurrentRequests());
    }

    @Override
    public Stream<JMAPRoute> routes() {
        JMAPRoute post = JMAPRoute.builder()
            .endpoint(Endpoint.ofFixedPath(HttpMethod.POST, JMAPUrls.JMAP))
            .action(this::post)
            .corsHeaders();
        // James's other routes of this class (the CORS pre-flight) stay as they are
        return Stream.concat(Stream.of(post), super.routes().filter(route -> !route.getEndpoint().getMethod().equals(HttpMethod.POST)));
    }

    private Mono<Void> post(HttpServerRequest request, HttpServerResponse response) {
        return authenticator.authenticate(request)
            .flatMap(session -> inASlot(session, userProvisioner.provisionUser(session).asJava()
                .then(checkedBody(request))
                .map(RequestLimitsApiRoutes::parse)
                .flatMap(requestObject -> answer(requestObject, session, clientOf(request)))))
            .flatMap(bytes -> send(response.status(HttpResponseStatus.OK), HttpConstants.JSON_CONTENT_TYPE, bytes))
            .onErrorResume(error -> problem(response, error));
    }

    /**
     * Runs {@code work} in one of the logged-in user's maxConcurrentRequests slots, or refuses it. The
     * slot is given back before the answer is written: a client that sends its next request as soon as
     * it reads the answer must not find its previous request still counted.
     */
    private <T> Mono<T> inASlot(MailboxSession session, Mono<T> work) {
        String user = session.getLoggedInUser().orElse(session.getUser()).asString();
        return Mono.defer(() -> {
            if (!concurrentRequests.tryAcquire(user)) {
                return Mono.error(new LimitExceededException("maxConcurrentRequests",
                    "The user already has " + limits.maxConcurrentRequests() + " requests in progress: maxConcurrentRequests is "
                        + limits.maxConcurrentRequests()));
            }
            AtomicBoolean held = new AtomicBoolean(true);
            Runnable release = () -> {
                if (held.getAndSet(false)) {
                    concurrentRequests.release(user);
                }
            };
            return work
                .doOnSuccess(any -> release.run())
                .doOnError(any -> release.run())
                .doOnCancel(release);
        });
    }

    /**
     * The body, counted as it arrives so that an oversized one is never held in memory. A request over
     * the limit is still read (and dropped) up to twice the limit, so that the client, still sending,
     * receives the limit problem rather than a reset connection; beyond that, or when Content-Length
     * announces more than that, the answer goes out at once and the connection closes.
     */
    private Mono<byte[]> checkedBody(HttpServerRequest request) {
        long drainLimit = 2 * limits.maxSizeRequest();
        String declared = request.requestHeaders().get(CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > drainLimit) {
            return Mono.error(tooLarge());
        }
        return Mono.defer(() -> {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            long[] received = {0};
            return request.receive().asByteArray()
                .handle((chunk, sink) -> {
                    received[0] += chunk.length;
                    if (received[0] > drainLimit) {
                        sink.error(tooLarge());
                    } else if (received[0] <= limits.maxSizeRequest()) {
                        kept.writeBytes(chunk);
                    }
                })
                .then(Mono.fromCallable(() -> {
                    if (received[0] > limits.maxSizeRequest()) {
                        throw tooLarge();
                    }
                    if (received[0] == 0) {
                        // not JSON at all: James's own parser would fail on it with an unexpected error
                        throw new JsonParseException(null, "The request has no body");
                    }
                    return kept.toByteArray();
                }));
        });
    }

    private static long declaredLength(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private LimitExceededException tooLarge() {
        return new LimitExceededException("maxSizeRequest",
            "The request is larger than the server accepts: maxSizeRequest is " + limits.maxSizeRequest() + " octets");
    }

    private static RequestObject parse(byte[] body) {
        JsResult<RequestObject> parsed = ResponseSerializer.deserializeRequestObject(new ByteArrayInputStream(body));
        if (parsed instanceof JsSuccess<RequestObject> success) {
            return success.value();
        }
        // what James answers for the same body: notRequest, with the JSON errors
        JsValue errors = ResponseSerializer.serialize((JsError) (Object) parsed);
        throw new IllegalArgumentException(errors.toString());
    }

    private static String clientOf(HttpServerRequest request) {
        String userAgent = request.requestHeaders().get(io.netty.handler.codec.http.HttpHeaderNames.USER_AGENT);
        return userAgent == null || userAgent.isBlank() ? "(no User-Agent)" : userAgent;
    }

    private Mono<byte[]> answer(RequestObject requestObject, MailboxSession session, String client) {
        int calls = requestObject.methodCalls().size();
        if (calls > limits.maxCallsInRequest()) {
            return Mono.error(new LimitExceededException("maxCallsInRequest",
                "The request has " + calls + " method calls: maxCallsInRequest is " + limits.maxCallsInRequest()));
        }
        return methodCalls.process(requestObject, session, client)
            .map(outcome -> {
                JsValue json = ResponseSerializer.serialize(new ResponseObject(ResponseObject.SESSION_STATE(),
                    scala.jdk.javaapi.CollectionConverters.asScala(outcome.responses()).toSeq()));
                if (requestObject.createdIds().isEmpty()) {
                    return Json.stringify(json).getBytes(StandardCharsets.UTF_8);
                }
                // RFC 8620 3.4: createdIds only when the request had it, with every id created since
                return withCreatedIds((JsObject) json, outcome);
            });
    }

    private byte[] withCreatedIds(JsObject json, MethodCalls.Outcome outcome) {
        ObjectNode response = bridge.toJackson(json);
        ObjectNode createdIds = response.putObject("createdIds");
        outcome.createdIds().forEach(createdIds::put);
        try {
            return MAPPER.writeValueAsBytes(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Mono<Void> problem(HttpServerResponse response, Throwable error) {
        if (error instanceof LimitExceededException limit) {
            LOGGER.info("JMAP request refused: {}", limit.getMessage());
            return respond(response, new ProblemDetails(RequestLevelErrorType.LIMIT(), HttpResponseStatus.BAD_REQUEST,
                Option.apply(limit.limit()), limit.getMessage()));
        }
        HttpServerResponse withHeaders = error instanceof UnauthorizedException unauthorized ? unauthorized.addHeaders(response) : response;
        return respond(withHeaders, ProblemDetails.forThrowable(error));
    }

    private static Mono<Void> respond(HttpServerResponse response, ProblemDetails details) {
        byte[] bytes = ResponseSerializer.serialize(details).toString().getBytes(StandardCharsets.UTF_8);
        return send(response.status(details.status()), PROBLEM_CONTENT_TYPE, bytes);
    }

    private static Mono<Void> send(HttpServerResponse response, String contentType, byte[] bytes) {
        return Mono.from(response
            .header(CONTENT_TYPE, contentType)
            .header(CONTENT_LENGTH, Integer.toString(bytes.length))
            .sendByteArray(Mono.just(bytes))
            .then());
    }
}
