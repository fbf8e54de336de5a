package org.jmapx.binding.smime;

import eu.timepit.refined.api.Refined;
import eu.timepit.refined.string;

/** draft-ietf-jmap-smime-sender-extensions: server-side signing, encryption and decryption. */
public final class SmimeAdvancedCapability {
    public static final String URN = "urn:ietf:params:jmap:smime-advanced";

    private SmimeAdvancedCapability() {
    }

    public static boolean isUsed(scala.collection.immutable.Set<Refined<String, string.Uri>> capabilities) {
        return capabilities.exists(capability -> capability.value().equals(URN));
    }
}
