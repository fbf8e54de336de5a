package org.jmapx.binding.blob;

import java.util.Optional;

import javax.inject.Inject;

import org.apache.james.core.Username;
import org.apache.james.jmap.api.model.UploadId;
import org.apache.james.jmap.api.model.UploadNotFoundException;
import org.apache.james.jmap.api.upload.UploadRepository;
import org.jmapx.binding.account.AccountDirectory;
import org.jmapx.contacts.card.BlobExistence;

import reactor.core.publisher.Mono;

/**
 * Media blobIds of ContactCards as James knows them: the "uploads-{uuid}" ids James's /upload returns
 * (the same prefix James's own UploadResolver serves on /download). A blob belongs to the user who
 * uploaded it, so the account's owner must be known. Neither of James 3.8.1's upload repositories deletes
 * an upload by itself (docs/contacts.md, "Blobs").
 */
public class UploadBlobExistence implements BlobExistence {
    private static final String UPLOAD_PREFIX = "uploads-";

    private final UploadRepository uploads;
    private final AccountDirectory accounts;

    @Inject
    public UploadBlobExistence(UploadRepository uploads, AccountDirectory accounts) {
        this.uploads = uploads;
        this.accounts = accounts;
    }

    @Override
    public Optional<String> mediaType(String accountId, String blobId) {
        Optional<String> username = accounts.username(accountId);
        Optional<UploadId> uploadId = uploadId(blobId);
        if (username.isEmpty() || uploadId.isEmpty()) {
            return Optional.empty();
        }
        // The engine runs on Reactor's bounded-elastic scheduler (ADR 0002): blocking here is allowed.
        // Cassandra's upload store throws, even before subscription, for an id that is not a time-based UUID:
        // for the client it is just as unknown as a missing upload.
        return Mono.defer(() -> Mono.from(uploads.retrieve(uploadId.get(), Username.of(username.get()))))
            .map(upload -> upload.contentType().mimeType().asString())
            .onErrorResume(UploadNotFoundException.class, e -> Mono.empty())
            .onErrorResume(IllegalArgumentException.class, e -> Mono.empty())
            .blockOptional();
    }

    private static Optional<UploadId> uploadId(String blobId) {
        if (!blobId.startsWith(UPLOAD_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UploadId.from(blobId.substring(UPLOAD_PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
