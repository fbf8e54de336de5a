package org.jmapx.binding.webpush;

import org.apache.james.jmap.pushsubscription.WebPushClient;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;

/** Replaces James's binding of its Web Push client (RFC8621MethodsModule) by the VAPID one: give it to overrideWith. */
public class VapidOverridesModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(VapidWebPushClient.class).in(Scopes.SINGLETON);
        bind(WebPushClient.class).to(VapidWebPushClient.class);
    }
}
