package org.jmapx.binding.smime;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.apache.james.jmap.mail.BlobId;
import org.apache.james.jmap.routes.Blob;
import org.apache.james.mailbox.model.ContentType;

import eu.timepit.refined.api.Refined;
import scala.util.Success;
import scala.util.Try;

/** A whole decrypted message, served as message/rfc822 by /download and read by Email/parse. */
final class DecryptedMessageBlob implements Blob {
    private final BlobId blobId;
    private final byte[] content;

    DecryptedMessageBlob(BlobId blobId, byte[] content) {
        this.blobId = blobId;
        this.content = content;
    }

    @Override
    public BlobId blobId() {
        return blobId;
    }

    @Override
    public ContentType contentType() {
        return ContentType.of("message/rfc822");
    }

    /**
     * James's Size is a refined non-negative long; Scala keeps it boxed as a Refined inside a Try. Its
     * predicate type lives in Scala objects named after Java keywords, hence the raw type.
     */
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
