package org.jmapx.binding.webpush;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * conf/webpush-vapid.properties: the key file (relative paths against conf/) and the "sub" claim of
 * RFC 8292 section 2.1, a contact URI for the push service's operator.
 */
public record VapidConfiguration(Path keyFile, String subject) {
    public static final String DEFAULT_KEY_FILE = "vapid-key.pem";
    public static final String DEFAULT_SUBJECT = "mailto:postmaster@localhost";

    public VapidConfiguration {
        if (!subject.startsWith("mailto:") && !subject.startsWith("https:")) {
            throw new IllegalArgumentException("vapid.subject must be a mailto: or https: URI (RFC 8292 2.1), got " + subject);
        }
    }

    public static VapidConfiguration from(Function<String, Optional<String>> properties, Path confDirectory) {
        Path keyFile = confDirectory.resolve(properties.apply("vapid.keyFile").orElse(DEFAULT_KEY_FILE));
        return new VapidConfiguration(keyFile, properties.apply("vapid.subject").orElse(DEFAULT_SUBJECT));
    }

    public static VapidConfiguration defaults(Path confDirectory) {
        return from(key -> Optional.empty(), confDirectory);
    }
}
