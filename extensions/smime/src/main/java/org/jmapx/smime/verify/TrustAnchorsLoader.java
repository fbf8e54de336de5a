package org.jmapx.smime.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reads trust anchors from a PEM bundle (any number of CERTIFICATE blocks) or from a keystore (JKS
 * or PKCS12: every certificate entry, and the first certificate of every key entry), and CRLs from
 * PEM or DER files.
 */
public final class TrustAnchorsLoader {
    private TrustAnchorsLoader() {
    }

    public static List<X509Certificate> pemBundle(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (var certificate : factory.generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
            return certificates;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trust anchors " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid trust anchor bundle " + file, e);
        }
    }

    public static List<X509Certificate> keystore(Path file, String type, Optional<char[]> password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password.orElse(null));
            List<X509Certificate> certificates = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    certificates.add(certificate);
                }
            }
            return certificates;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trust anchor keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid trust anchor keystore " + file, e);
        }
    }

    public static List<X509CRL> crls(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509CRL> crls = new ArrayList<>();
            for (var crl : CertificateFactory.getInstance("X.509").generateCRLs(in)) {
                crls.add((X509CRL) crl);
            }
            return crls;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CRLs " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid CRL file " + file, e);
        }
    }
}
