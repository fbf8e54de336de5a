package org.jmapx.smime.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jmapx.smime.verify.TrustAnchors;
import org.jmapx.smime.verify.TrustAnchorsLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured trust anchors, read again whenever one of their files changes (size or modification
 * time), so that operators add or remove anchors without a restart. A file that cannot be read keeps
 * the previous anchors and is logged (its path only, never its content).
 */
public class ReloadingTrustAnchors implements Supplier<TrustAnchors> {
    private static final Logger LOGGER = LoggerFactory.getLogger(ReloadingTrustAnchors.class);

    private final SmimeConfiguration configuration;
    private volatile String loadedVersion = "";
    private volatile TrustAnchors current = TrustAnchors.none();

    public ReloadingTrustAnchors(SmimeConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public TrustAnchors get() {
        String version = version();
        if (!version.equals(loadedVersion)) {
            synchronized (this) {
                if (!version.equals(loadedVersion)) {
                    reload(version);
                }
            }
        }
        return current;
    }

    private void reload(String version) {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            configuration.trustAnchorsPem().filter(Files::exists).ifPresent(pem -> certificates.addAll(TrustAnchorsLoader.pemBundle(pem)));
            configuration.trustAnchorsKeystore().filter(Files::exists).ifPresent(keystore -> certificates.addAll(TrustAnchorsLoader.keystore(
                keystore, configuration.keystoreType(), configuration.keystorePassword().map(String::toCharArray))));
            List<X509CRL> crls = new ArrayList<>();
            configuration.crls().stream().filter(Files::exists).forEach(file -> crls.addAll(TrustAnchorsLoader.crls(file)));
            current = new TrustAnchors(certificates, crls);
            LOGGER.info("S/MIME: {} trust anchor(s) and {} CRL(s) loaded", certificates.size(), crls.size());
        } catch (RuntimeException e) {
            LOGGER.warn("S/MIME: cannot read the configured trust anchors or CRLs, keeping the previous ones: {}", e.getMessage());
        }
        loadedVersion = version;
    }

    private String version() {
        StringBuilder version = new StringBuilder();
        Stream.concat(Stream.of(configuration.trustAnchorsPem(), configuration.trustAnchorsKeystore()).flatMap(Optional::stream),
                configuration.crls().stream())
            .forEach(path -> version.append(path).append(':').append(stamp(path)).append(';'));
        return version.toString();
    }

    private static String stamp(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime();
        } catch (IOException e) {
            return "absent";
        }
    }
}
