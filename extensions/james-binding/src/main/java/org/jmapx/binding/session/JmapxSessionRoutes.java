package org.jmapx.binding.session;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import javax.inject.Inject;
import javax.inject.Named;

import org.apache.james.core.Username;
import org.apache.james.jmap.Endpoint;
import org.apache.james.jmap.JMAPRoute;
import org.apache.james.jmap.JMAPRoutes;
import org.apache.james.jmap.core.JmapRfc8621Configuration;
import org.apache.james.jmap.core.Session;
import org.apache.james.jmap.core.UrlPrefixes$;
import org.apache.james.jmap.http.Authenticator;
import org.apache.james.jmap.http.rfc8621.InjectionKeys;
import org.apache.james.jmap.json.ResponseSerializer$;
import org.apache.james.jmap.routes.SessionRoutes;
import org.apache.james.jmap.routes.SessionSupplier;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.user.api.DelegationStore;
import org.jmapx.binding.account.AccountDirectory;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import play.api.libs.json.JsObject;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import scala.util.Either;

/**
 * James's session resource, completed with what is shared with the user (see {@link SharedAccounts}).
 * It replaces James's route under the same paths (bound to {@link SessionRoutes}); James builds the
 * session exactly as before and JMAPX adds to its JSON.
 */
public class JmapxSessionRoutes extends SessionRoutes {
    private static final String JMAP_SESSION = "/jmap/session";
    private static final String WELL_KNOWN_JMAP = "/.well-known/jmap";

    private final Authenticator authenticator;
    private final SessionSupplier sessionSupplier;
    private final DelegationStore delegationStore;
    private final JmapRfc8621Configuration configuration;
    private final SharedAccounts sharedAccounts;
    private final AccountDirectory accounts;
    private final JsonBridge bridge;

    @Inject
    public JmapxSessionRoutes(@Named(InjectionKeys.RFC_8621) Authenticator authenticator, SessionSupplier sessionSupplier,
                              DelegationStore delegationStore, JmapRfc8621Configuration configuration,
                              SharedAccounts sharedAccounts, AccountDirectory accounts, JsonBridge bridge) {
        super(authenticator, sessionSupplier, delegationStore, configuration);
        this.authenticator = authenticator;
        this.sessionSupplier = sessionSupplier;
        this.delegationStore = delegationStore;
        this.configuration = configuration;
        this.sharedAccounts = sharedAccounts;
        this.accounts = accounts;
        this.bridge = bridge;
    }

    @Override
    public Stream<JMAPRoute> routes() {
        return Stream.of(
            JMAPRoute.builder()
                .endpoint(Endpoint.ofFixedPath(HttpMethod.GET, JMAP_SESSION))
                .action(this::generateSession)
                .corsHeaders(),
            JMAPRoute.builder()
                .endpoint(Endpoint.ofFixedPath(HttpMethod.OPTIONS, JMAP_SESSION))
                .action(JMAPRoutes.CORS_CONTROL)
                .noCorsHeaders(),
            JMAPRoute.builder()
                .endpoint(Endpoint.ofFixedPath(HttpMethod.GET, WELL_KNOWN_JMAP))
                .action(JMAPRoutes.redirectTo(JMAP_SESSION))
                .corsHeaders(),
            JMAPRoute.builder()
                .endpoint(Endpoint.ofFixedPath(HttpMethod.OPTIONS, WELL_KNOWN_JMAP))
                .action(JMAPRoutes.CORS_CONTROL)
                .noCorsHeaders());
    }

    private Mono<Void> generateSession(HttpServerRequest request, HttpServerResponse response) {
        return Mono.from(authenticator.authenticate(request))
            .flatMap(session -> delegatedUsers(session)
                .collectList()
                .publishOn(Schedulers.boundedElastic())
                .map(delegated -> sessionJson(session.getUser(), delegated, request)))
            .flatMap(json -> send(json, response))
            .onErrorResume(error -> errorHandling(error, response));
    }

    private Flux<Username> delegatedUsers(MailboxSession session) {
        return Flux.from(delegationStore.delegatedUsers(session.getLoggedInUser().orElse(session.getUser())));
    }

    private byte[] sessionJson(Username username, java.util.List<Username> delegated, HttpServerRequest request) {
        scala.collection.immutable.Set<Username> delegatedUsers = scala.jdk.javaapi.CollectionConverters
            .asScala(new java.util.HashSet<>(delegated)).toSet();
        Either<IllegalArgumentException, Session> session = sessionSupplier.generate(username, delegatedUsers,
            UrlPrefixes$.MODULE$.from(configuration, request));
        if (session.isLeft()) {
            throw session.left().get();
        }
        ObjectNode json = bridge.toJackson((JsObject) ResponseSerializer$.MODULE$.serialize(session.right().get()));
        sharedAccounts.complete(json, accounts.register(username.asString()));
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Mono<Void> send(byte[] bytes, HttpServerResponse response) {
        return response.header(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=UTF-8")
            .status(HttpResponseStatus.OK)
            .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(bytes.length))
            .sendByteArray(Mono.just(bytes))
            .then();
    }
}
