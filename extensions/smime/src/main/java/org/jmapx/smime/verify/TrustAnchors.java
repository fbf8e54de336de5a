package org.jmapx.smime.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The trust anchors (and optional CRLs) signatures are checked against. {@link #id()} names the set,
 * so that cached verifications made under another set are not reused; {@link #fingerprints()} lets
 * the delivery-status rule see whether anchors were added.
 */
public final class TrustAnchors {
    private final Set<TrustAnchor> anchors;
    private final List<X509CRL> crls;
    private final Set<String> fingerprints;
    private final String id;

    public TrustAnchors(Collection<X509Certificate> certificates, Collection<X509CRL> crls) {
        this.anchors = certificates.stream().map(cert -> new TrustAnchor(cert, null)).collect(Collectors.toUnmodifiableSet());
        this.crls = List.copyOf(crls);
        this.fingerprints = certificates.stream().map(TrustAnchors::fingerprint).collect(Collectors.toCollection(TreeSet::new));
        this.id = sha256Hex(String.join(",", fingerprints) + "|" + crls.stream().map(crl -> sha256Hex(crlBytes(crl)))
            .sorted().collect(Collectors.joining(",")));
    }

    public static TrustAnchors none() {
        return new TrustAnchors(List.of(), List.of());
    }

    public Set<TrustAnchor> anchors() {
        return anchors;
    }

    public List<X509CRL> crls() {
        return crls;
    }

    /** SHA-256 fingerprints (hex) of the anchor certificates. */
    public Set<String> fingerprints() {
        return fingerprints;
    }

    public String id() {
        return id;
    }

    public boolean isEmpty() {
        return anchors.isEmpty();
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            return sha256Hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("unencodable certificate", e);
        }
    }

    private static byte[] crlBytes(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (java.security.cert.CRLException e) {
            throw new IllegalArgumentException("unencodable CRL", e);
        }
    }

    private static String sha256Hex(String value) {
        return sha256Hex(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String sha256Hex(byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
