package org.jmapx.smime;

import java.util.Optional;

/** The values of RFC 9219's smimeStatus; {@link #NONE} is the JSON null (the message carries no S/MIME). */
public enum SmimeStatus {
    NONE(null),
    UNKNOWN("unknown"),
    SIGNED("signed"),
    SIGNED_VERIFIED("signed/verified"),
    SIGNED_FAILED("signed/failed"),
    ENCRYPTED_SIGNED_VERIFIED("encrypted+signed/verified"),
    ENCRYPTED_SIGNED_FAILED("encrypted+signed/failed");

    private final String jmapValue;

    SmimeStatus(String jmapValue) {
        this.jmapValue = jmapValue;
    }

    /** The JMAP string, empty for {@link #NONE}. */
    public Optional<String> jmapValue() {
        return Optional.ofNullable(jmapValue);
    }

    /** What hasVerifiedSmime matches (RFC 9219 section 4.2). */
    public boolean isVerified() {
        return this == SIGNED_VERIFIED || this == ENCRYPTED_SIGNED_VERIFIED;
    }

    /** What hasSmime matches: any non-null status. */
    public boolean isSmime() {
        return this != NONE;
    }

    public static SmimeStatus fromStoredName(String name) {
        return valueOf(name);
    }
}
