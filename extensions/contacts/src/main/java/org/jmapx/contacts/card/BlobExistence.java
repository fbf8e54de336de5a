package org.jmapx.contacts.card;

import java.util.Optional;

/**
 * The port through which ContactCard/set checks the blobIds of Media (RFC 9610 3): a blob the account
 * uploaded through the JMAP upload endpoint. The James binding implements it on James's upload store.
 */
@FunctionalInterface
public interface BlobExistence {
    /** No blob exists: what the contacts extension sees when the server offers no upload. */
    BlobExistence NONE = (accountId, blobId) -> Optional.empty();

    /** The media type of the blob when the account may use it, empty when there is no such blob. */
    Optional<String> mediaType(String accountId, String blobId);
}
