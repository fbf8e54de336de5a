package org.jmapx.smime.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.jmapx.smime.verify.CertificateEmails;

/** What the APIs show of a certificate: never key material, only public certificate facts. */
public record CertificateInfo(String subject, String issuer, String serialNumber, Instant notBefore, Instant notAfter,
                              List<String> emails, String sha256Fingerprint) {
    public static CertificateInfo of(X509Certificate certificate) {
        return new CertificateInfo(certificate.getSubjectX500Principal().getName(),
            certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber().toString(16),
            certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
            List.copyOf(CertificateEmails.of(certificate)), fingerprint(certificate));
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
