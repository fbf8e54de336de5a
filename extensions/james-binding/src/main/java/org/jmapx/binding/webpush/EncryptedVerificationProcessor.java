package org.jmapx.binding.webpush;

import javax.inject.Inject;

import org.apache.james.jmap.api.model.PushSubscriptionKeys;
import org.apache.james.jmap.api.model.PushSubscriptionServerURL;
import org.apache.james.jmap.method.PushSubscriptionSetCreateProcessor;
import org.apache.james.jmap.method.PushVerification;
import org.apache.james.jmap.pushsubscription.Aes128gcm$;
import org.apache.james.jmap.pushsubscription.PushRequest;
import org.apache.james.jmap.pushsubscription.WebPushClient;

import reactor.core.scala.publisher.SMono;
import scala.Function1;
import scala.Option;
import scala.Tuple5;
import scala.runtime.BoxedUnit;

/**
 * James 3.8.1 encrypts the PushVerification of a subscription with keys (RFC 8291) but sends it without
 * "Content-Encoding: aes128gcm", which RFC 8291 section 4 requires and push services need to deliver it;
 * its StateChange pushes have it. This processor sends the encrypted verification with the header.
 */
public class EncryptedVerificationProcessor extends PushSubscriptionSetCreateProcessor {
    private final PushSubscriptionSetCreateProcessor withContentEncoding;

    @Inject
    public EncryptedVerificationProcessor(WebPushClient client) {
        super(client);
        WebPushClient aes128gcm = (url, request) -> client.push(url, withAes128gcm(request));
        this.withContentEncoding = new PushSubscriptionSetCreateProcessor(aes128gcm);
    }

    /**
     * The request with its content coding set. Its refined "ttl" is a java.lang.Long in the bytecode but a long
     * in the Scala signature javac reads, so neither ttl() nor copy() link from Java: the request goes
     * through its (erased, raw) tuple instead.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static PushRequest withAes128gcm(PushRequest request) {
        Tuple5 fields = (Tuple5) PushRequest.unapply(request).get();
        Function1 build = PushRequest.tupled();
        return (PushRequest) build.apply(new Tuple5(fields._1(), Option.apply(Aes128gcm$.MODULE$), fields._3(), fields._4(), fields._5()));
    }

    @Override
    public SMono<BoxedUnit> pushVerificationToPushServer(PushSubscriptionServerURL url, PushVerification verification,
                                                         Option<PushSubscriptionKeys> keys) {
        return keys.isDefined()
            ? withContentEncoding.pushVerificationToPushServer(url, verification, keys)
            : super.pushVerificationToPushServer(url, verification, keys);
    }
}
