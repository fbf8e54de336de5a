package org.jmapx.binding.smime;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;

/** RFC 9219's capability, and whether a request's {@code using} names it. */
public final class SmimeVerifyCapability {
    public static final String URN = "urn:ietf:params:jmap:smimeverify";

    private SmimeVerifyCapability() {
    }

    public static boolean isUsed(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities) {
        return capabilities.exists(capability -> URN.equals(capability.value()));
    }
}
