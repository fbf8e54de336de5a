package org.jmapx.smime.verify;

/** The CMS structure cannot be parsed; reported as a malformed signature. */
class MalformedSignatureException extends RuntimeException {
    MalformedSignatureException() {
        super("malformed CMS signature", null, false, false);
    }
}
