package org.jmapx.binding.webpush;

import java.net.URI;
import java.time.Clock;

/** The Authorization header of RFC 8292 section 3: {@code vapid t=<JWT>, k=<public key>}. */
public final class VapidAuthorization {
    private final ReloadingVapidKeys keys;
    private final String subject;
    private final VapidJwt jwt;

    public VapidAuthorization(ReloadingVapidKeys keys, String subject, Clock clock) {
        this.keys = keys;
        this.subject = subject;
        this.jwt = new VapidJwt(clock);
    }

    public String headerFor(URI pushResource) {
        VapidKeyPair current = keys.current();
        return "vapid t=" + jwt.sign(pushResource, subject, current) + ", k=" + current.applicationServerKey();
    }
}
