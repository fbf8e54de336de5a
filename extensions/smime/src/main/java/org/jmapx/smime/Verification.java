package org.jmapx.smime;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one S/MIME evaluation: the status, the human-readable errors (non-empty only for a
 * failed status, RFC 9219 smimeErrors) and when it was computed (smimeVerifiedAt, absent when the
 * message carries no signature).
 */
public record Verification(SmimeStatus status, List<String> errors, Optional<Instant> verifiedAt) {
    public Verification {
        Objects.requireNonNull(status);
        errors = List.copyOf(errors);
        Objects.requireNonNull(verifiedAt);
    }

    public static Verification none() {
        return new Verification(SmimeStatus.NONE, List.of(), Optional.empty());
    }

    public static Verification unknown(Instant at) {
        return new Verification(SmimeStatus.UNKNOWN, List.of(), Optional.of(at));
    }

    public static Verification of(List<String> errors, Instant at) {
        return new Verification(errors.isEmpty() ? SmimeStatus.SIGNED_VERIFIED : SmimeStatus.SIGNED_FAILED, errors, Optional.of(at));
    }

    /** The signature found inside decrypted enveloped-data: RFC 9219's encrypted+signed/* values. */
    public static Verification ofEncrypted(List<String> errors, Instant at) {
        return new Verification(errors.isEmpty() ? SmimeStatus.ENCRYPTED_SIGNED_VERIFIED : SmimeStatus.ENCRYPTED_SIGNED_FAILED,
            errors, Optional.of(at));
    }

    /** smimeErrors: null unless the status is a failure. */
    public Optional<List<String>> jmapErrors() {
        return errors.isEmpty() ? Optional.empty() : Optional.of(errors);
    }
}
