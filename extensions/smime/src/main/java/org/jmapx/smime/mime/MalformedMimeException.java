package org.jmapx.smime.mime;

/** The message's S/MIME structure is broken; the message is reported signed/failed with this description. */
public class MalformedMimeException extends RuntimeException {
    public MalformedMimeException(String description) {
        super(description);
    }
}
