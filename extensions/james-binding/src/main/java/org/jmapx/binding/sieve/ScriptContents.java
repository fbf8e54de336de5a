package org.jmapx.binding.sieve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.james.core.Username;
import org.apache.james.jmap.api.model.UploadId;
import org.apache.james.jmap.api.model.UploadNotFoundException;
import org.apache.james.jmap.api.upload.UploadRepository;

import reactor.core.publisher.Mono;

/**
 * The octets of a blobId a client gives SieveScript/set or /validate: one of its uploads ("uploads-{id}",
 * what James's /upload returns), or the content of one of its scripts ({@link SieveBlobIds}).
 */
final class ScriptContents {
    private static final String UPLOAD_PREFIX = "uploads-";

    private final UploadRepository uploads;
    private final ScriptBlobs scriptBlobs;

    ScriptContents(UploadRepository uploads, ScriptBlobs scriptBlobs) {
        this.uploads = uploads;
        this.scriptBlobs = scriptBlobs;
    }

    /** Runs on the engine's blocking scheduler: blocking on the upload store is allowed (ADR 0002). */
    Optional<byte[]> read(String accountId, String username, String blobId) {
        if (blobId.startsWith(SieveBlobIds.PREFIX)) {
            return scriptBlobs.content(accountId, username, blobId);
        }
        if (!blobId.startsWith(UPLOAD_PREFIX)) {
            return Optional.empty();
        }
        UploadId uploadId;
        try {
            uploadId = UploadId.from(blobId.substring(UPLOAD_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // Cassandra's upload store refuses an id that is not a time-based UUID, even before subscription
        return Mono.defer(() -> Mono.from(uploads.retrieve(uploadId, Username.of(username))))
            .map(upload -> {
                try (InputStream content = upload.content().apply()) {
                    return content.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })
            .onErrorResume(UploadNotFoundException.class, e -> Mono.empty())
            .onErrorResume(IllegalArgumentException.class, e -> Mono.empty())
            .blockOptional();
    }
}
