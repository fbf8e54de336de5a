package org.jmapx.binding.sieve;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.apache.james.jmap.mail.BlobId;
import org.apache.james.jmap.routes.Blob;
import org.apache.james.mailbox.model.ContentType;

import eu.timepit.refined.api.Refined;
import scala.util.Success;
import scala.util.Try;

/** A script's content, downloaded as application/sieve (RFC 9661 2.3). */
final class SieveScriptBlob implements Blob {
    private final BlobId blobId;
    private final byte[] content;

    SieveScriptBlob(BlobId blobId, byte[] content) {
        this.blobId = blobId;
        this.content = content;
    }

    @Override
    public BlobId blobId() {
        return blobId;
    }

    @Override
    public ContentType contentType() {
        return ContentType.of("application/sieve; charset=utf-8");
    }

    /** James's Size is a refined long inside a Try; its predicate type cannot be named from Java. */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Try size() {
        return new Success<>(new Refined<>((Object) (long) content.length));
    }

    @Override
    public InputStream content() {
        return new ByteArrayInputStream(content);
    }
}
