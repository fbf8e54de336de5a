package org.jmapx.smime.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * conf/smime.properties. Relative paths are resolved against the conf directory.
 *
 * <pre>
 * smime.trustAnchors.pem=trust-anchors.pem          # PEM bundle of CA certificates
 * smime.trustAnchors.keystore=trust-anchors.p12     # or a keystore (both may be given: anchors add up)
 * smime.trustAnchors.keystore.type=PKCS12           # PKCS12 or JKS
 * smime.trustAnchors.keystore.password=...
 * smime.crls=revoked.crl,other.pem                  # optional CRL files (PEM or DER)
 * smime.verification.cache.size=100000
 * smime.verification.cache.ttl.seconds=86400
 * </pre>
 */
public record SmimeConfiguration(Optional<Path> trustAnchorsPem, Optional<Path> trustAnchorsKeystore, String keystoreType,
                                 Optional<String> keystorePassword, List<Path> crls, int cacheSize, Duration cacheTtl) {
    public static final String TRUST_ANCHORS_PEM = "smime.trustAnchors.pem";
    public static final String TRUST_ANCHORS_KEYSTORE = "smime.trustAnchors.keystore";
    public static final String TRUST_ANCHORS_KEYSTORE_TYPE = "smime.trustAnchors.keystore.type";
    public static final String TRUST_ANCHORS_KEYSTORE_PASSWORD = "smime.trustAnchors.keystore.password";
    public static final String CRLS = "smime.crls";
    public static final String CACHE_SIZE = "smime.verification.cache.size";
    public static final String CACHE_TTL_SECONDS = "smime.verification.cache.ttl.seconds";

    public static final SmimeConfiguration DEFAULT = new SmimeConfiguration(Optional.empty(), Optional.empty(), "PKCS12",
        Optional.empty(), List.of(), 100_000, Duration.ofHours(24));

    public static SmimeConfiguration from(Function<String, Optional<String>> properties, Path confDirectory) {
        Function<String, Optional<String>> nonBlank = key -> properties.apply(key).map(String::trim).filter(v -> !v.isEmpty());
        return new SmimeConfiguration(
            nonBlank.apply(TRUST_ANCHORS_PEM).map(confDirectory::resolve),
            nonBlank.apply(TRUST_ANCHORS_KEYSTORE).map(confDirectory::resolve),
            nonBlank.apply(TRUST_ANCHORS_KEYSTORE_TYPE).orElse("PKCS12"),
            nonBlank.apply(TRUST_ANCHORS_KEYSTORE_PASSWORD),
            nonBlank.apply(CRLS).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(confDirectory::resolve).toList()).orElse(List.of()),
            nonBlank.apply(CACHE_SIZE).map(Integer::parseInt).orElse(100_000),
            nonBlank.apply(CACHE_TTL_SECONDS).map(Long::parseLong).map(Duration::ofSeconds).orElse(Duration.ofHours(24)));
    }
}
