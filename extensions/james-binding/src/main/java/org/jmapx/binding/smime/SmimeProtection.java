package org.jmapx.binding.smime;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import org.jmapx.smime.sign.SigningIdentity;

/** What one Email/set creation asked for: a signer, and the certificates to encrypt to (empty: no encryption). */
record SmimeProtection(Optional<SigningIdentity> signer, List<X509Certificate> encryptFor) {
    SmimeProtection {
        encryptFor = List.copyOf(encryptFor);
    }
}
