package org.jmapx.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The commented default conf/ shipped in the server jar (the same files as the distribution's
 * conf/ folder), written into a home directory that has none.
 */
public final class DefaultConfiguration {
    static final String RESOURCE_FOLDER = "jmapx-default-conf/";
    static final List<String> FILES = List.of(
        "cassandra.properties", "domainlist.xml", "imapserver.xml", "jmap.properties", "keystore",
        "lmtpserver.xml", "logback.xml", "mailetcontainer.xml", "mailrepositorystore.xml",
        "managesieveserver.xml", "pop3server.xml", "smtpserver.xml", "usersrepository.xml",
        "smime.properties", "sharing.properties", "sieve.properties", "webadmin.properties", "webpush-vapid.properties");

    private DefaultConfiguration() {
    }

    /** Writes the default files that {@code confDirectory} lacks; never overwrites an operator's file. */
    public static void writeMissingFiles(Path confDirectory) {
        try {
            Files.createDirectories(confDirectory);
            for (String file : FILES) {
                Path target = confDirectory.resolve(file);
                if (!Files.exists(target)) {
                    try (InputStream in = DefaultConfiguration.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + file)) {
                        if (in == null) {
                            throw new IllegalStateException("Missing default configuration resource " + file);
                        }
                        Files.copy(in, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
