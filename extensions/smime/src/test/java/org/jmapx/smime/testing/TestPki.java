package org.jmapx.smime.testing;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jmapx.smime.sign.SigningIdentity;

/**
 * A throw-away PKI generated when a test or a benchmark starts, so fixtures never expire: a root CA,
 * an intermediate CA, end-entity certificates for any address and validity, an untrusted root, and a
 * CRL. For tests and benchmarks only (kept in the main jar so that the integration tests and the
 * benchmarks, which depend on the server and not on test jars, can use it).
 */
public final class TestPki {
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    private final SigningIdentity root;
    private final SigningIdentity intermediate;
    private final SigningIdentity untrustedRoot;

    private TestPki() {
        Instant now = Instant.now();
        this.root = selfSigned("CN=JMAPX Test Root CA", now.minus(Duration.ofDays(3650)), now.plus(Duration.ofDays(3650)));
        this.intermediate = issue(root, "CN=JMAPX Test Intermediate CA", null, true,
            now.minus(Duration.ofDays(3650)), now.plus(Duration.ofDays(3650)));
        this.untrustedRoot = selfSigned("CN=Untrusted Root CA", now.minus(Duration.ofDays(3650)), now.plus(Duration.ofDays(3650)));
    }

    public static TestPki create() {
        return new TestPki();
    }

    public X509Certificate rootCertificate() {
        return root.certificate();
    }

    public X509Certificate untrustedRootCertificate() {
        return untrustedRoot.certificate();
    }

    /** A user certificate for {@code email}, issued by the intermediate CA, valid a year around now. */
    public SigningIdentity user(String email) {
        Instant now = Instant.now();
        return user(email, now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(365)));
    }

    public SigningIdentity user(String email, Instant notBefore, Instant notAfter) {
        return issue(intermediate, "CN=" + email + ",O=JMAPX test", email, false, notBefore, notAfter);
    }

    /** A user certificate whose chain ends at the untrusted root. */
    public SigningIdentity untrustedUser(String email) {
        Instant now = Instant.now();
        return issue(untrustedRoot, "CN=" + email + ",O=Elsewhere", email, false, now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(365)));
    }

    /** A CRL of the intermediate CA revoking {@code revoked} at {@code revokedAt}. */
    public X509CRL crlRevoking(X509Certificate revoked, Instant revokedAt) {
        try {
            Instant now = Instant.now();
            X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(intermediate.certificate().getSubjectX500Principal().getEncoded()),
                Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(30))));
            builder.addCRLEntry(revoked.getSerialNumber(), Date.from(revokedAt), CRLReason.keyCompromise);
            return new JcaX509CRLConverter().setProvider(PROVIDER).getCRL(builder.build(signer(intermediate)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 file holding the identity's key and chain, as an operator would import it. */
    public static byte[] pkcs12(SigningIdentity identity, char[] password) {
        try {
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            store.load(null, null);
            List<X509Certificate> chain = new java.util.ArrayList<>();
            chain.add(identity.certificate());
            chain.addAll(identity.chain());
            store.setKeyEntry("smime", identity.privateKey(), password, chain.toArray(new X509Certificate[0]));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(Object... objects) {
        try (StringWriter text = new StringWriter(); JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
            writer.flush();
            return text.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SigningIdentity selfSigned(String subject, Instant notBefore, Instant notAfter) {
        KeyPair keys = keyPair();
        return build(new X500Name(subject), keys, new X500Name(subject), keys.getPrivate(), keys, null, true, notBefore, notAfter, List.of());
    }

    private static SigningIdentity issue(SigningIdentity issuer, String subject, String email, boolean ca, Instant notBefore, Instant notAfter) {
        List<X509Certificate> chain = issuer.chain().isEmpty() && isSelfSigned(issuer.certificate())
            ? List.of()
            : concat(issuer.certificate(), issuer.chain());
        return build(X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()), keyPair(),
            new X500Name(subject), issuer.privateKey(), null, email, ca, notBefore, notAfter,
            ca ? List.of() : chain, issuer.certificate());
    }

    private static SigningIdentity build(X500Name issuerName, KeyPair keys, X500Name subject, java.security.PrivateKey issuerKey,
                                         KeyPair selfKeys, String email, boolean ca, Instant notBefore, Instant notAfter,
                                         List<X509Certificate> chain, X509Certificate... issuerCertificate) {
        try {
            KeyPair subjectKeys = selfKeys != null ? selfKeys : keys;
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, BigInteger.valueOf(SERIALS.incrementAndGet()),
                Date.from(notBefore), Date.from(notAfter), subject, subjectKeys.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
            if (issuerCertificate.length > 0) {
                builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerCertificate[0]));
            }
            if (ca) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.rfc822Name, email)));
            }
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").setProvider(PROVIDER).build(issuerKey);
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(builder.build(signer));
            return new SigningIdentity(subjectKeys.getPrivate(), certificate, chain);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build a test certificate", e);
        }
    }

    private static ContentSigner signer(SigningIdentity identity) {
        try {
            return new JcaContentSignerBuilder("SHA256withECDSA").setProvider(PROVIDER).build(identity.privateKey());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isSelfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    private static List<X509Certificate> concat(X509Certificate first, List<X509Certificate> rest) {
        List<X509Certificate> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
