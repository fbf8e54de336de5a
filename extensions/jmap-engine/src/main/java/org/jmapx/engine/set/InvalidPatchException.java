package org.jmapx.engine.set;

/** A PatchObject breaking a rule of RFC 8620 5.3: answered with an invalidPatch SetError. */
public class InvalidPatchException extends Exception {
    public InvalidPatchException(String message) {
        super(message);
    }
}
