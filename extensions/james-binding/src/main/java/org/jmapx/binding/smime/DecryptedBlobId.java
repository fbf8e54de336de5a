package org.jmapx.binding.smime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.james.jmap.mail.BlobId;

/**
 * Blob ids of decrypted content: {@code decrypted-<messageId>} is the decrypted message, and James's
 * part numbering appends {@code _<partId>} per level. The prefix keeps them apart from James's own ids,
 * which start with a message id, {@code uploads-} or an attachment id, so no other resolver claims them.
 */
record DecryptedBlobId(String messageId, List<BlobId> partPath) {
    static final String PREFIX = "decrypted-";

    static String of(String messageId) {
        return PREFIX + messageId;
    }

    static Optional<DecryptedBlobId> parse(String blobId) {
        if (!blobId.startsWith(PREFIX) || blobId.length() == PREFIX.length()) {
            return Optional.empty();
        }
        String[] segments = blobId.substring(PREFIX.length()).split("_", -1);
        String root = PREFIX + segments[0];
        List<BlobId> path = new ArrayList<>();
        StringBuilder prefix = new StringBuilder(root);
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].isEmpty()) {
                return Optional.empty();
            }
            prefix.append('_').append(segments[i]);
            path.add(new BlobId(prefix.toString()));
        }
        return Optional.of(new DecryptedBlobId(segments[0], List.copyOf(path)));
    }

    BlobId root() {
        return new BlobId(of(messageId));
    }
}
