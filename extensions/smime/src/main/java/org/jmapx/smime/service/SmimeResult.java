package org.jmapx.smime.service;

import java.util.Optional;

import org.jmapx.smime.Verification;

/** The statuses computed for one message; each is empty when it was not requested. */
public record SmimeResult(Optional<Verification> current, Optional<Verification> atDelivery) {
    public static SmimeResult empty() {
        return new SmimeResult(Optional.empty(), Optional.empty());
    }

    public SmimeResult withCurrent(Verification verification) {
        return new SmimeResult(Optional.of(verification), atDelivery);
    }

    public SmimeResult withAtDelivery(Verification verification) {
        return new SmimeResult(current, Optional.of(verification));
    }
}
