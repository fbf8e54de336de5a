package org.jmapx.smime.encrypt;

import java.security.cert.CertificateEncodingException;
import java.util.Optional;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jmapx.smime.sign.SigningIdentity;

/** Opens CMS enveloped-data addressed to an identity (the inverse of {@link SmimeEncryptor}). */
public final class SmimeDecryptor {
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private SmimeDecryptor() {
    }

    /** The decrypted content (a MIME entity), or empty when the data is not addressed to this identity. */
    public static Optional<byte[]> decrypt(byte[] envelopedDer, SigningIdentity identity) throws CMSException {
        CMSEnvelopedData data = new CMSEnvelopedData(envelopedDer);
        X509CertificateHolder holder;
        try {
            holder = new X509CertificateHolder(identity.certificate().getEncoded());
        } catch (CertificateEncodingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        for (RecipientInformation information : data.getRecipientInfos().getRecipients()) {
            if (information.getRID().match(holder)) {
                return Optional.of(information.getContent(recipient(information, identity)));
            }
        }
        return Optional.empty();
    }

    private static Recipient recipient(RecipientInformation information, SigningIdentity identity) {
        if (information instanceof KeyAgreeRecipientInformation) {
            return new JceKeyAgreeEnvelopedRecipient(identity.privateKey()).setProvider(PROVIDER);
        }
        if (information instanceof KeyTransRecipientInformation) {
            return new JceKeyTransEnvelopedRecipient(identity.privateKey()).setProvider(PROVIDER);
        }
        throw new IllegalArgumentException("unsupported recipient info " + information.getClass().getSimpleName());
    }
}
