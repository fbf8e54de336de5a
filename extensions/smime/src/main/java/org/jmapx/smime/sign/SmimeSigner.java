package org.jmapx.smime.sign;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Signs a MIME entity (RFC 8551 section 3.5): as multipart/signed with a detached signature, or as
 * application/pkcs7-mime signed-data. The entity must be given in canonical form (CRLF line ends).
 */
public final class SmimeSigner {
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private SmimeSigner() {
    }

    /** The Content-Type header and body of a multipart/signed entity wrapping {@code entity}. */
    public static byte[] multipartSigned(byte[] entity, SigningIdentity signer) {
        return multipartSigned(entity, signer, Instant.now());
    }

    /** As {@link #multipartSigned(byte[], SigningIdentity)}, with the signing-time attribute given. */
    public static byte[] multipartSigned(byte[] entity, SigningIdentity signer, Instant signingTime) {
        String boundary = "signed-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256;\r\n"
            + " boundary=\"" + boundary + "\"\r\n\r\n"
            + "This is an S/MIME signed message\r\n--" + boundary + "\r\n");
        out.writeBytes(entity);
        write(out, "\r\n--" + boundary + "\r\n"
            + "Content-Type: application/pkcs7-signature; name=smime.p7s\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "Content-Disposition: attachment; filename=smime.p7s\r\n\r\n"
            + base64Lines(cms(entity, signer, false, signingTime)) + "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    /** The Content-Type header and body of an application/pkcs7-mime signed-data entity holding {@code entity}. */
    public static byte[] opaqueSigned(byte[] entity, SigningIdentity signer) {
        return ("Content-Type: application/pkcs7-mime; smime-type=signed-data; name=smime.p7m\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "Content-Disposition: attachment; filename=smime.p7m\r\n\r\n"
            + base64Lines(cms(entity, signer, true, Instant.now()))).getBytes(StandardCharsets.US_ASCII);
    }

    /** A CMS SignedData over {@code content}; the content is encapsulated or left out (detached). */
    public static byte[] cms(byte[] content, SigningIdentity signer, boolean encapsulate, Instant signingTime) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            String algorithm = signer.privateKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            AttributeTable attributes = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                new DERSet(new Time(Date.from(signingTime)))));
            generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder().setProvider(PROVIDER)
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes))
                .build(algorithm, signer.privateKey(), signer.certificate()));
            List<java.security.cert.X509Certificate> certificates = new ArrayList<>();
            certificates.add(signer.certificate());
            certificates.addAll(signer.chain());
            generator.addCertificates(new JcaCertStore(certificates));
            return generator.generate(new CMSProcessableByteArray(content), encapsulate).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | java.io.IOException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    private static String base64Lines(byte[] bytes) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes) + "\r\n";
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
