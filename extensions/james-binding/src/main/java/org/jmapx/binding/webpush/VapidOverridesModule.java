package org.jmapx.binding.webpush;

import org.apache.james.jmap.method.PushSubscriptionSetCreateProcessor;
import org.apache.james.jmap.pushsubscription.WebPushClient;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;

/**
 * Replaces James's Web Push client (bound in RFC8621MethodsModule) by the VAPID one, and its verification
 * sender by one that labels encrypted verifications: give it to overrideWith.
 */
public class VapidOverridesModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(VapidWebPushClient.class).in(Scopes.SINGLETON);
        bind(WebPushClient.class).to(VapidWebPushClient.class);
        bind(PushSubscriptionSetCreateProcessor.class).to(EncryptedVerificationProcessor.class);
    }
}
