package org.jmapx.smime.encrypt;

import java.security.cert.CertificateEncodingException;
import java.util.Optional;

import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.RecipientInformationStore;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jmapx.smime.sign.SigningIdentity;

/**
 * Opens CMS enveloped-data (the inverse of {@link SmimeEncryptor}) and authEnveloped-data (RFC 5083,
 * AES-GCM as other clients and openssl send it) addressed to an identity.
 */
public final class SmimeDecryptor {
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private SmimeDecryptor() {
    }

    /** The decrypted content (a MIME entity), or empty when the data is not addressed to this identity. */
    public static Optional<byte[]> decrypt(byte[] cmsDer, SigningIdentity identity) throws CMSException {
        ContentInfo contentInfo;
        try {
            contentInfo = ContentInfo.getInstance(cmsDer);
        } catch (RuntimeException e) {
            throw new CMSException("the CMS structure cannot be parsed", e);
        }
        boolean authenticated = CMSObjectIdentifiers.authEnvelopedData.equals(contentInfo.getContentType());
        RecipientInformationStore recipients = authenticated
            ? new CMSAuthEnvelopedData(contentInfo).getRecipientInfos()
            : new CMSEnvelopedData(contentInfo).getRecipientInfos();
        X509CertificateHolder holder;
        try {
            holder = new X509CertificateHolder(identity.certificate().getEncoded());
        } catch (CertificateEncodingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        for (RecipientInformation information : recipients.getRecipients()) {
            if (information.getRID().match(holder)) {
                return Optional.of(information.getContent(recipient(information, identity, authenticated)));
            }
        }
        return Optional.empty();
    }

    private static Recipient recipient(RecipientInformation information, SigningIdentity identity, boolean authenticated) {
        if (information instanceof KeyAgreeRecipientInformation) {
            return authenticated
                ? new KeyAgreeAuthEnvelopedRecipient(identity.privateKey(), PROVIDER)
                : new JceKeyAgreeEnvelopedRecipient(identity.privateKey()).setProvider(PROVIDER);
        }
        if (information instanceof KeyTransRecipientInformation) {
            return authenticated
                ? new JceKeyTransAuthEnvelopedRecipient(identity.privateKey()).setProvider(PROVIDER)
                : new JceKeyTransEnvelopedRecipient(identity.privateKey()).setProvider(PROVIDER);
        }
        throw new IllegalArgumentException("unsupported recipient info " + information.getClass().getSimpleName());
    }
}
