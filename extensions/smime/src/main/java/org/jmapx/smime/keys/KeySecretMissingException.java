package org.jmapx.smime.keys;

/** Key import asked while conf/smime.properties has no smime.keys.secret: keys would have nothing to be encrypted with. */
public class KeySecretMissingException extends RuntimeException {
    public KeySecretMissingException() {
        super("S/MIME key import is disabled: set smime.keys.secret in conf/smime.properties "
            + "(private keys are encrypted at rest with a key derived from it)");
    }
}
