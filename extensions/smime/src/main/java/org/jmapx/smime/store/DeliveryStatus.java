package org.jmapx.smime.store;

import java.util.Objects;
import java.util.Set;

import org.jmapx.smime.Verification;

/**
 * A remembered smimeStatusAtDelivery: the verification at receivedAt and the fingerprints of every
 * trust anchor it has been evaluated with, so that only a newly added anchor triggers a re-evaluation.
 */
public record DeliveryStatus(Verification verification, Set<String> anchorFingerprints) {
    public DeliveryStatus {
        Objects.requireNonNull(verification);
        anchorFingerprints = Set.copyOf(anchorFingerprints);
    }
}
