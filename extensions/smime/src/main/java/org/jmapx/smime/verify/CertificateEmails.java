package org.jmapx.smime.verify;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * The email addresses a certificate vouches for (RFC 8550 section 3): rfc822Name subject alternative
 * names, and the legacy emailAddress attribute of the subject. Compared case-insensitively.
 */
public final class CertificateEmails {
    private static final int RFC822_NAME = 1;

    private CertificateEmails() {
    }

    public static Set<String> of(X509Certificate certificate) {
        Set<String> emails = new LinkedHashSet<>();
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names != null) {
                for (List<?> name : names) {
                    if (Integer.valueOf(RFC822_NAME).equals(name.get(0))) {
                        emails.add(normalize(String.valueOf(name.get(1))));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // an unparsable extension vouches for nothing; the subject may still carry an address
        }
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (RDN rdn : subject.getRDNs(BCStyle.EmailAddress)) {
            ASN1Encodable value = rdn.getFirst().getValue();
            emails.add(normalize(IETFUtils.valueToString(value)));
        }
        return emails;
    }

    public static String normalize(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
