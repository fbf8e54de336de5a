package org.jmapx.contacts.vcard;

/** The input is not a vCard stream at all (no BEGIN:VCARD block), or a card cannot be converted. */
public class VCardFormatException extends RuntimeException {
    public VCardFormatException(String message) {
        super(message);
    }
}
