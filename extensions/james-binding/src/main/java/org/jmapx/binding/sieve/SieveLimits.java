package org.jmapx.binding.sieve;

import java.util.Optional;

/**
 * The per-account limits of urn:ietf:params:jmap:sieve (RFC 9661 1.2.1), from conf/sieve.properties.
 * James's Sieve engine counts no redirects, so maxNumberRedirects is always null (no limit).
 */
public record SieveLimits(int maxSizeScriptName, Optional<Long> maxSizeScript, Optional<Long> maxNumberScripts) {
    /** RFC 9661 asks for at least 512 octets, for ManageSieve compatibility. */
    public static final int MIN_SIZE_SCRIPT_NAME = 512;
    public static final SieveLimits DEFAULT = new SieveLimits(MIN_SIZE_SCRIPT_NAME, Optional.of(65_536L), Optional.of(32L));

    public SieveLimits {
        if (maxSizeScriptName < MIN_SIZE_SCRIPT_NAME) {
            throw new IllegalArgumentException("sieve.maxSizeScriptName must be at least " + MIN_SIZE_SCRIPT_NAME);
        }
    }

    /** Reads the limits from property lookups; "none" means no limit. */
    public static SieveLimits from(java.util.function.Function<String, Optional<String>> properties) {
        int nameSize = properties.apply("sieve.maxSizeScriptName").map(Integer::parseInt).orElse(DEFAULT.maxSizeScriptName());
        return new SieveLimits(nameSize,
            limit(properties.apply("sieve.maxSizeScript"), DEFAULT.maxSizeScript()),
            limit(properties.apply("sieve.maxNumberScripts"), DEFAULT.maxNumberScripts()));
    }

    private static Optional<Long> limit(Optional<String> value, Optional<Long> defaultValue) {
        if (value.isEmpty()) {
            return defaultValue;
        }
        String text = value.get().trim();
        if (text.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        long parsed = Long.parseLong(text);
        if (parsed < 1) {
            throw new IllegalArgumentException("Sieve limits are positive or 'none', got " + text);
        }
        return Optional.of(parsed);
    }
}
