package org.jmapx.binding.sieve;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The blobId of a script's content: "sieve-{scriptId}-{digest}". The digest makes a blobId immutable as
 * RFC 8620 wants: once the content changes (over JMAP, ManageSieve or WebAdmin) the old blobId no longer
 * resolves instead of silently serving other bytes.
 */
final class SieveBlobIds {
    static final String PREFIX = "sieve-";
    private static final int DIGEST_CHARS = 24;

    private SieveBlobIds() {
    }

    static String of(String scriptId, byte[] content) {
        return PREFIX + scriptId + "-" + digest(content);
    }

    /** The script id a blobId names, when it is one of ours. */
    static Optional<String> scriptId(String blobId) {
        if (!blobId.startsWith(PREFIX) || blobId.length() <= PREFIX.length() + DIGEST_CHARS + 1) {
            return Optional.empty();
        }
        return Optional.of(blobId.substring(PREFIX.length(), blobId.length() - DIGEST_CHARS - 1));
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, DIGEST_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
