package org.jmapx.smime.verify;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * RFC 5280 path validation of a signer certificate at a given instant, plus the S/MIME usage rules of
 * RFC 8550 section 4.4 and revocation against the CRLs at hand (configured ones and those the message
 * carries, each checked against its issuer's key). CRL distribution points are never fetched: a
 * message must not make the server issue network requests.
 */
final class CertificateChainValidator {
    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private CertificateChainValidator() {
    }

    static List<String> validate(X509Certificate signer, Collection<X509Certificate> carried, Collection<X509CRL> carriedCrls,
                                 TrustAnchors trustAnchors, Instant at) {
        List<String> errors = new ArrayList<>(usageErrors(signer));
        String validity = validityError(signer, at, "the signer's certificate");
        if (validity != null) {
            errors.add(validity);
        }
        if (trustAnchors.isEmpty()) {
            errors.add("no trust anchor is configured on the server");
            return errors;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors.anchors(), target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
            List<X509CRL> crls = new ArrayList<>(trustAnchors.crls());
            crls.addAll(carriedCrls);
            errors.addAll(revocationErrors(result, crls, at));
        } catch (CertPathBuilderException e) {
            if (validity == null) {
                errors.add(chainError(carried, at));
            }
        } catch (GeneralSecurityException e) {
            errors.add("the signer's certificate chain cannot be validated");
        }
        return errors;
    }

    private static String chainError(Collection<X509Certificate> carried, Instant at) {
        for (X509Certificate certificate : carried) {
            String validity = validityError(certificate, at, "a certificate of the chain (" + certificate.getSubjectX500Principal().getName() + ")");
            if (validity != null) {
                return validity;
            }
        }
        return "the signer's certificate is not issued by a trusted certificate authority";
    }

    private static String validityError(X509Certificate certificate, Instant at, String what) {
        try {
            certificate.checkValidity(Date.from(at));
            return null;
        } catch (CertificateExpiredException e) {
            return what + " expired on " + certificate.getNotAfter().toInstant();
        } catch (CertificateNotYetValidException e) {
            return what + " is not valid before " + certificate.getNotBefore().toInstant();
        }
    }

    private static List<String> usageErrors(X509Certificate signer) {
        List<String> errors = new ArrayList<>();
        boolean[] keyUsage = signer.getKeyUsage();
        if (keyUsage != null && !(keyUsage[DIGITAL_SIGNATURE] || keyUsage[NON_REPUDIATION])) {
            errors.add("the signer's certificate does not allow digital signatures (key usage)");
        }
        try {
            List<String> extendedKeyUsage = signer.getExtendedKeyUsage();
            if (extendedKeyUsage != null && !extendedKeyUsage.contains(EMAIL_PROTECTION) && !extendedKeyUsage.contains(ANY_EXTENDED_KEY_USAGE)) {
                errors.add("the signer's certificate is not meant for email protection (extended key usage)");
            }
        } catch (java.security.cert.CertificateParsingException e) {
            errors.add("the signer's certificate has an unreadable extended key usage");
        }
        return errors;
    }

    private static List<String> revocationErrors(PKIXCertPathBuilderResult result, List<X509CRL> crls, Instant at) {
        List<String> errors = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<X509Certificate> path = (List<X509Certificate>) result.getCertPath().getCertificates();
        for (int i = 0; i < path.size(); i++) {
            X509Certificate certificate = path.get(i);
            PublicKey issuerKey = i + 1 < path.size() ? path.get(i + 1).getPublicKey() : result.getTrustAnchor().getTrustedCert().getPublicKey();
            for (X509CRL crl : crls) {
                if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal()) || !signedBy(crl, issuerKey)) {
                    continue;
                }
                X509CRLEntry entry = crl.getRevokedCertificate(certificate.getSerialNumber());
                if (entry != null && !entry.getRevocationDate().toInstant().isAfter(at)) {
                    errors.add((i == 0 ? "the signer's certificate" : "a certificate of the chain") + " was revoked on "
                        + entry.getRevocationDate().toInstant());
                }
            }
        }
        return errors;
    }

    private static boolean signedBy(X509CRL crl, PublicKey key) {
        try {
            crl.verify(key);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
