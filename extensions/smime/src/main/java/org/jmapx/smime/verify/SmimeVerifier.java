package org.jmapx.smime.verify;

import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.jmapx.smime.SmimeStatus;
import org.jmapx.smime.Verification;
import org.jmapx.smime.encrypt.SmimeDecryptor;
import org.jmapx.smime.mime.MimeEntity;
import org.jmapx.smime.mime.SmimeLayer;
import org.jmapx.smime.mime.SmimeLayers;
import org.jmapx.smime.sign.SigningIdentity;

/**
 * Computes RFC 9219's smimeStatus and smimeErrors of a raw RFC 5322 message at a given instant:
 * every signature layer (multipart/signed, application/pkcs7-mime signed-data, nested in any order)
 * must verify and chain to a trust anchor at that instant, and a signer of the innermost layer must
 * vouch for the From (or Sender) address (RFC 8550 section 3). Never throws: a broken message is
 * signed/failed with a description.
 */
public final class SmimeVerifier {
    private static final int MAX_LAYERS = 4;
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private final Clock clock;

    public SmimeVerifier(Clock clock) {
        this.clock = clock;
    }

    public Verification verify(byte[] message, TrustAnchors trustAnchors, Instant at) {
        return verify(message, trustAnchors, at, Optional::empty);
    }

    /**
     * As {@link #verify(byte[], TrustAnchors, Instant)}, and enveloped-data that {@code decryption}'s
     * identity can open is decrypted in memory: a signature inside gives encrypted+signed/verified or
     * encrypted+signed/failed (RFC 9219); the identity is asked for only when the message is encrypted.
     */
    public Verification verify(byte[] message, TrustAnchors trustAnchors, Instant at,
                               Supplier<Optional<SigningIdentity>> decryption) {
        return verify(message, trustAnchors, at, decryption, (from, signer) -> { });
    }

    /**
     * As above; when the result is verified, {@code verifiedSigners} receives each From address of the
     * message with the innermost-layer signer certificate that carries it (the learning rule's input).
     */
    public Verification verify(byte[] message, TrustAnchors trustAnchors, Instant at,
                               Supplier<Optional<SigningIdentity>> decryption,
                               BiConsumer<String, X509Certificate> verifiedSigners) {
        Instant now = clock.instant();
        List<X509Certificate> signers = new ArrayList<>();
        Verification verification = verify(message, trustAnchors, at, decryption, now, signers);
        if (verification.status().isVerified()) {
            try {
                Set<String> from = MessageAddresses.of(MimeEntity.parse(message), "From");
                for (X509Certificate signer : signers) {
                    Set<String> carried = CertificateEmails.of(signer);
                    from.stream().filter(carried::contains).forEach(address -> verifiedSigners.accept(address, signer));
                }
            } catch (RuntimeException e) {
                // learning is best effort: the status stands
            }
        }
        return verification;
    }

    private Verification verify(byte[] message, TrustAnchors trustAnchors, Instant at,
                                Supplier<Optional<SigningIdentity>> decryption, Instant now, List<X509Certificate> signers) {
        try {
            MimeEntity top = MimeEntity.parse(message);
            SmimeLayer layer = SmimeLayers.of(top);
            if (layer instanceof SmimeLayer.Plain) {
                return Verification.none();
            }
            if (layer instanceof SmimeLayer.Enveloped enveloped) {
                return decryptAndVerify(top, enveloped, trustAnchors, at, decryption, now, signers);
            }
            if (layer instanceof SmimeLayer.Unknown) {
                return Verification.unknown(now);
            }
            return Verification.of(verifyLayers(top, layer, trustAnchors, at, signers), now);
        } catch (RuntimeException e) {
            // a message must never turn an Email/get into a serverFail
            return new Verification(SmimeStatus.SIGNED_FAILED, List.of("the message cannot be processed as S/MIME"),
                java.util.Optional.of(now));
        }
    }

    private Verification decryptAndVerify(MimeEntity top, SmimeLayer.Enveloped enveloped, TrustAnchors trustAnchors,
                                          Instant at, Supplier<Optional<SigningIdentity>> decryption, Instant now,
                                          List<X509Certificate> signers) {
        Optional<byte[]> plaintext = decryption.get().flatMap(identity -> decrypt(enveloped.cms(), identity));
        if (plaintext.isEmpty()) {
            return Verification.unknown(now);
        }
        SmimeLayer inner;
        try {
            inner = SmimeLayers.of(MimeEntity.parse(plaintext.get()));
        } catch (RuntimeException e) {
            return Verification.unknown(now);
        }
        if (inner instanceof SmimeLayer.Detached || inner instanceof SmimeLayer.Encapsulated
            || inner instanceof SmimeLayer.Malformed) {
            // the From check uses the outer headers: those are what the user sees
            return Verification.ofEncrypted(verifyLayers(top, inner, trustAnchors, at, signers), now);
        }
        // encrypted only (or encrypted around something we do not verify): RFC 9219 defines no value
        return Verification.unknown(now);
    }

    private static Optional<byte[]> decrypt(byte[] cms, SigningIdentity identity) {
        try {
            return SmimeDecryptor.decrypt(cms, identity);
        } catch (CMSException | RuntimeException e) {
            // not addressed to this key, or corrupted: the message stays unknown (no key material in any message)
            return Optional.empty();
        }
    }

    private List<String> verifyLayers(MimeEntity top, SmimeLayer first, TrustAnchors trustAnchors, Instant at,
                                      List<X509Certificate> innermostSigners) {
        List<String> errors = new ArrayList<>();
        SmimeLayer layer = first;
        Set<String> innermostSignerEmails = Set.of();
        for (int depth = 0; depth < MAX_LAYERS; depth++) {
            LayerResult result = verifyLayer(layer, trustAnchors, at);
            errors.addAll(result.errors());
            if (result.content() == null) {
                return errors;
            }
            innermostSignerEmails = result.signerEmails();
            innermostSigners.clear();
            innermostSigners.addAll(result.signers());
            SmimeLayer inner = SmimeLayers.of(MimeEntity.parse(result.content()));
            if (!(inner instanceof SmimeLayer.Detached || inner instanceof SmimeLayer.Encapsulated)) {
                break;
            }
            layer = inner;
        }
        errors.addAll(senderErrors(top, innermostSignerEmails));
        return List.copyOf(new LinkedHashSet<>(errors));
    }

    private LayerResult verifyLayer(SmimeLayer layer, TrustAnchors trustAnchors, Instant at) {
        if (layer instanceof SmimeLayer.Detached detached) {
            return verifySignedData(() -> detachedData(detached), trustAnchors, at);
        }
        if (layer instanceof SmimeLayer.Encapsulated encapsulated) {
            return verifySignedData(() -> encapsulatedData(encapsulated), trustAnchors, at);
        }
        if (layer instanceof SmimeLayer.Malformed malformed) {
            return LayerResult.failed(malformed.description());
        }
        throw new IllegalStateException("not a signed layer");
    }

    private static List<String> senderErrors(MimeEntity top, Set<String> signerEmails) {
        Set<String> senders = new LinkedHashSet<>(MessageAddresses.of(top, "From"));
        senders.addAll(MessageAddresses.of(top, "Sender"));
        if (senders.isEmpty()) {
            return List.of("the message has no From address to match against the signer's certificate");
        }
        return senders.stream().anyMatch(signerEmails::contains)
            ? List.of()
            : List.of("the From address does not match the signer's certificate");
    }

    private static CMSSignedData detachedData(SmimeLayer.Detached detached) {
        try {
            return new CMSSignedData(new CMSProcessableByteArray(detached.content()), detached.signature());
        } catch (CMSException | RuntimeException e) {
            throw new MalformedSignatureException();
        }
    }

    private static CMSSignedData encapsulatedData(SmimeLayer.Encapsulated encapsulated) {
        try {
            return new CMSSignedData(encapsulated.cms());
        } catch (CMSException | RuntimeException e) {
            throw new MalformedSignatureException();
        }
    }

    private LayerResult verifySignedData(java.util.function.Supplier<CMSSignedData> data, TrustAnchors trustAnchors, Instant at) {
        try {
            return verifySigners(data.get(), trustAnchors, at);
        } catch (MalformedSignatureException e) {
            return LayerResult.failed("the signature is malformed");
        }
    }

    private LayerResult verifySigners(CMSSignedData data, TrustAnchors trustAnchors, Instant at) {
        if (data.getSignedContent() == null || !(data.getSignedContent().getContent() instanceof byte[] content)) {
            return LayerResult.failed("the signature does not include the content it signs");
        }
        Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return new LayerResult(List.of("the signature has no signer"), content, Set.of(), List.of());
        }
        List<X509Certificate> carried = certificates(data);
        List<X509CRL> carriedCrls = crls(data);
        List<String> errors = new ArrayList<>();
        Set<String> emails = new LinkedHashSet<>();
        List<X509Certificate> signerCertificates = new ArrayList<>();
        for (SignerInformation signer : signers) {
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                errors.add("the signer's certificate is not included in the message");
                continue;
            }
            X509Certificate certificate = convert(matches.iterator().next());
            errors.addAll(checkSignature(signer, certificate));
            errors.addAll(CertificateChainValidator.validate(certificate, carried, carriedCrls, trustAnchors, at));
            emails.addAll(CertificateEmails.of(certificate));
            signerCertificates.add(certificate);
        }
        return new LayerResult(errors, content, emails, signerCertificates);
    }

    private static List<String> checkSignature(SignerInformation signer, X509Certificate certificate) {
        try {
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(PROVIDER).build(certificate));
            return valid ? List.of() : List.of("the signature does not match the content: the message was modified");
        } catch (CMSVerifierCertificateNotValidException e) {
            return List.of("the signer's certificate was not valid at the signing time the message claims");
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return List.of("the signature does not match the content: the message was modified");
        }
    }

    private static List<X509Certificate> certificates(CMSSignedData data) {
        List<X509Certificate> certificates = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> holders = data.getCertificates().getMatches(null);
        for (X509CertificateHolder holder : holders) {
            certificates.add(convert(holder));
        }
        return certificates;
    }

    private static List<X509CRL> crls(CMSSignedData data) {
        List<X509CRL> crls = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Collection<X509CRLHolder> holders = data.getCRLs().getMatches(null);
        for (X509CRLHolder holder : holders) {
            try {
                crls.add(new JcaX509CRLConverter().setProvider(PROVIDER).getCRL(holder));
            } catch (java.security.cert.CRLException e) {
                // an unreadable CRL revokes nothing
            }
        }
        return crls;
    }

    private static X509Certificate convert(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(holder);
        } catch (CertificateException e) {
            throw new MalformedSignatureException();
        }
    }
}
