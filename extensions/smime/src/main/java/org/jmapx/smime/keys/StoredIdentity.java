package org.jmapx.smime.keys;

import java.util.Arrays;
import java.util.List;

/**
 * A user's identity as stored: the private key encrypted by {@link PrivateKeyCipher} and the
 * certificate chain (DER, the user's certificate first). toString never shows the key bytes.
 */
public record StoredIdentity(byte[] encryptedPrivateKey, List<byte[]> certificates) {
    public StoredIdentity {
        encryptedPrivateKey = encryptedPrivateKey.clone();
        certificates = certificates.stream().map(byte[]::clone).toList();
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("an identity needs its certificate");
        }
    }

    @Override
    public byte[] encryptedPrivateKey() {
        return encryptedPrivateKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredIdentity that && Arrays.equals(encryptedPrivateKey, that.encryptedPrivateKey)
            && certificates.size() == that.certificates.size()
            && java.util.stream.IntStream.range(0, certificates.size())
                .allMatch(i -> Arrays.equals(certificates.get(i), that.certificates.get(i)));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encryptedPrivateKey) * 31 + certificates.size();
    }

    @Override
    public String toString() {
        return "StoredIdentity[" + certificates.size() + " certificate(s)]";
    }
}
