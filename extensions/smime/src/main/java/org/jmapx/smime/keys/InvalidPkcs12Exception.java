package org.jmapx.smime.keys;

/** A PKCS#12 file that cannot be read (wrong password, corrupt) or holds no single private key with its certificate. */
public class InvalidPkcs12Exception extends Exception {
    public InvalidPkcs12Exception(String message) {
        super(message);
    }
}
