package org.jmapx.smime.certs;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

import org.jmapx.smime.verify.CertificateEmails;

import reactor.core.publisher.Mono;

/**
 * Finds the certificate to encrypt to an address for a user: the operator's directory first (it is
 * authoritative), then what the user learned from verified signed mail. A certificate that does not
 * vouch for the address or is outside its validity period is never returned.
 */
public class RecipientCertificates {
    private final RecipientCertificateStore store;

    public RecipientCertificates(RecipientCertificateStore store) {
        this.store = store;
    }

    public Mono<X509Certificate> find(String user, String address) {
        String normalized = CertificateEmails.normalize(address);
        return store.load(RecipientCertificateStore.DIRECTORY, normalized)
            .map(RecipientCertificates::parse)
            .filter(certificate -> usable(certificate, normalized))
            .switchIfEmpty(Mono.defer(() -> store.load(user, normalized).map(RecipientCertificates::parse)
                .filter(certificate -> usable(certificate, normalized))));
    }

    /** Operator import; refuses a certificate that does not carry the address. */
    public Mono<Void> putInDirectory(String address, X509Certificate certificate) {
        String normalized = CertificateEmails.normalize(address);
        if (!CertificateEmails.of(certificate).contains(normalized)) {
            return Mono.error(new IllegalArgumentException("the certificate does not carry the address " + normalized));
        }
        return store.save(RecipientCertificateStore.DIRECTORY, normalized, encoded(certificate));
    }

    public Mono<X509Certificate> inDirectory(String address) {
        return store.load(RecipientCertificateStore.DIRECTORY, CertificateEmails.normalize(address)).map(RecipientCertificates::parse);
    }

    public Mono<Void> deleteFromDirectory(String address) {
        return store.delete(RecipientCertificateStore.DIRECTORY, CertificateEmails.normalize(address));
    }

    /**
     * Remembers the signer certificate of a message the user received. Callers pass only signers of a
     * signed/verified message whose certificate vouches for its From address (the learning rule of docs/smime.md).
     */
    public Mono<Void> learn(String user, String fromAddress, X509Certificate signer) {
        String normalized = CertificateEmails.normalize(fromAddress);
        if (!CertificateEmails.of(signer).contains(normalized) || user.equals(RecipientCertificateStore.DIRECTORY)) {
            return Mono.empty();
        }
        return store.save(user, normalized, encoded(signer));
    }

    private static boolean usable(X509Certificate certificate, String address) {
        Date now = Date.from(Instant.now());
        return CertificateEmails.of(certificate).contains(address)
            && !now.before(certificate.getNotBefore()) && !now.after(certificate.getNotAfter());
    }

    static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("a stored recipient certificate cannot be parsed", e);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
