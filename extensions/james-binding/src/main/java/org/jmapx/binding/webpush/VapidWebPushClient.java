package org.jmapx.binding.webpush;

import java.net.URI;

import javax.inject.Inject;

import org.apache.james.jmap.pushsubscription.DefaultWebPushClient;
import org.apache.james.jmap.pushsubscription.PushClientConfiguration;

import reactor.netty.http.client.HttpClient;

/**
 * James's Web Push client with the VAPID Authorization header of RFC 8292 on every request (RFC 9749
 * section 4: PushVerification and StateChange alike, both go through this client). James's client keeps
 * its headers, SSRF checks and error handling; the header is added as each request leaves, because its
 * "aud" claim is the origin of that request's push resource.
 */
public class VapidWebPushClient extends DefaultWebPushClient {
    private final HttpClient vapidClient;

    @Inject
    public VapidWebPushClient(PushClientConfiguration configuration, VapidAuthorization authorization) {
        super(configuration);
        this.vapidClient = super.httpClient().doOnRequest((request, connection) ->
            request.header("Authorization", authorization.headerFor(URI.create(request.resourceUrl()))));
    }

    /** DefaultWebPushClient sends every push through this accessor of its Scala {@code val}. */
    @Override
    public HttpClient httpClient() {
        return vapidClient;
    }
}
