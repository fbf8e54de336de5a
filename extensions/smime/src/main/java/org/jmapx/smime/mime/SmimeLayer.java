package org.jmapx.smime.mime;

/**
 * The S/MIME shape of one MIME entity (RFC 8551 section 3): what it is and, for signed data, the
 * bytes to check.
 */
public sealed interface SmimeLayer {
    /** Not S/MIME at all: smimeStatus null. */
    record Plain() implements SmimeLayer {
    }

    /** S/MIME we do not verify: encrypted without a key, certs-only, another multipart/signed protocol. */
    record Unknown(String reason) implements SmimeLayer {
    }

    /** multipart/signed with a detached CMS signature over {@code content} (canonical CRLF bytes). */
    record Detached(byte[] content, byte[] signature) implements SmimeLayer {
    }

    /** application/pkcs7-mime signed-data: the content is inside the CMS structure. */
    record Encapsulated(byte[] cms) implements SmimeLayer {
    }

    /** application/pkcs7-mime enveloped-data (or authEnveloped-data). */
    record Enveloped(byte[] cms) implements SmimeLayer {
    }

    /** S/MIME whose structure is broken: reported signed/failed with this description. */
    record Malformed(String description) implements SmimeLayer {
    }
}
