package org.jmapx.binding.webpush;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current VAPID key pair. The key file is generated at first start when absent, and read again when
 * its modification time or size changes: an operator rotates the key by replacing the file (RFC 9749
 * section 5), without a restart; the capability and every later push use the new key.
 */
public class ReloadingVapidKeys {
    private static final Logger LOGGER = LoggerFactory.getLogger(ReloadingVapidKeys.class);

    private final Path file;
    private volatile Loaded loaded;

    public ReloadingVapidKeys(Path file) {
        this.file = file;
        this.loaded = load();
        LOGGER.info("VAPID applicationServerKey {} from {}", loaded.keys().applicationServerKey(), file);
    }

    public VapidKeyPair current() {
        Loaded known = loaded;
        Stamp stamp = stamp();
        if (!stamp.equals(known.stamp())) {
            synchronized (this) {
                if (!stamp().equals(loaded.stamp())) {
                    Loaded reloaded = load();
                    LOGGER.info("VAPID key rotated: applicationServerKey {}", reloaded.keys().applicationServerKey());
                    loaded = reloaded;
                }
            }
        }
        return loaded.keys();
    }

    private Loaded load() {
        VapidKeyPair keys = VapidKeyFile.loadOrGenerate(file);
        return new Loaded(keys, stamp());
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            // a rotated P-256 key file has the same size: the file key (inode) and time tell it apart
            return new Stamp(attributes.lastModifiedTime(), attributes.size(), String.valueOf(attributes.fileKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the VAPID key " + file, e);
        }
    }

    private record Stamp(FileTime modified, long size, String fileKey) {
    }

    private record Loaded(VapidKeyPair keys, Stamp stamp) {
    }
}
