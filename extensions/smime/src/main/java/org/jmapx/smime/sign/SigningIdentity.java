package org.jmapx.smime.sign;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A private key, its certificate and the intermediate certificates to send along. toString never shows the key. */
public record SigningIdentity(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {
    public SigningIdentity {
        chain = List.copyOf(chain);
    }

    @Override
    public String toString() {
        return "SigningIdentity[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
