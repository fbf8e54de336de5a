package org.jmapx.smime.keys;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jmapx.smime.sign.SigningIdentity;

import reactor.core.publisher.Mono;

/**
 * Users' S/MIME identities: imported from PKCS#12 by operators, kept with the private key encrypted
 * ({@link PrivateKeyCipher}), handed decrypted only to the signing and decryption code. Without a
 * configured secret, reading works for nothing and importing refuses ({@link KeySecretMissingException}).
 */
public class UserKeys {
    private final IdentityStore store;
    private final Optional<PrivateKeyCipher> cipher;

    public UserKeys(IdentityStore store, Optional<PrivateKeyCipher> cipher) {
        this.store = store;
        this.cipher = cipher;
    }

    public Mono<CertificateInfo> importPkcs12(String user, byte[] pkcs12, char[] password) {
        PrivateKeyCipher keyCipher = cipher.orElseThrow(KeySecretMissingException::new);
        return Mono.fromCallable(() -> Pkcs12Reader.read(pkcs12, password))
            .flatMap(identity -> store.save(user, toStored(user, identity, keyCipher))
                .thenReturn(CertificateInfo.of(identity.certificate())));
    }

    /** The user's certificate chain, the user's certificate first; empty when none was imported. */
    public Mono<List<X509Certificate>> certificates(String user) {
        return store.load(user).map(stored -> certificatesOf(stored.certificates()));
    }

    /** The decrypted identity; empty when none was imported or no secret is configured. */
    public Mono<SigningIdentity> identity(String user) {
        return Mono.justOrEmpty(cipher).flatMap(keyCipher -> store.load(user)
            .map(stored -> {
                List<X509Certificate> chain = certificatesOf(stored.certificates());
                PrivateKey key = privateKey(keyCipher.decrypt(stored.encryptedPrivateKey(), user), chain.get(0));
                return new SigningIdentity(key, chain.get(0), chain.subList(1, chain.size()));
            }));
    }

    public Mono<Void> delete(String user) {
        return store.delete(user);
    }

    private static StoredIdentity toStored(String user, SigningIdentity identity, PrivateKeyCipher keyCipher) {
        List<byte[]> certificates = new ArrayList<>();
        try {
            certificates.add(identity.certificate().getEncoded());
            for (X509Certificate certificate : identity.chain()) {
                certificates.add(certificate.getEncoded());
            }
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        return new StoredIdentity(keyCipher.encrypt(identity.privateKey().getEncoded(), user), certificates);
    }

    static List<X509Certificate> certificatesOf(List<byte[]> encoded) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certificates = new ArrayList<>();
            for (byte[] der : encoded) {
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
            return certificates;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored certificate cannot be parsed", e);
        }
    }

    private static PrivateKey privateKey(byte[] pkcs8, X509Certificate certificate) {
        try {
            // the certificate's public key names the algorithm of its private key (RSA, EC)
            return KeyFactory.getInstance(certificate.getPublicKey().getAlgorithm()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored private key cannot be decoded");
        } finally {
            java.util.Arrays.fill(pkcs8, (byte) 0);
        }
    }
}
