package org.jmapx.smime.encrypt;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.Provider;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipient;
import org.bouncycastle.operator.InputAEADDecryptor;

/**
 * An ECDH (key agreement) recipient of authEnveloped-data with AES-GCM (RFC 5083, RFC 5084), as
 * {@code openssl cms -encrypt -aes-256-gcm} makes for an EC certificate. Bouncy Castle 1.70 has this
 * only for key transport (RSA); the key agreement and key unwrap are Bouncy Castle's, only the
 * content cipher is set up here.
 */
final class KeyAgreeAuthEnvelopedRecipient extends JceKeyAgreeRecipient {
    private final Provider provider;

    KeyAgreeAuthEnvelopedRecipient(PrivateKey recipientKey, Provider provider) {
        super(recipientKey);
        this.provider = provider;
        setProvider(provider);
    }

    @Override
    public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryptionAlgorithm, AlgorithmIdentifier contentEncryptionAlgorithm,
                                                  SubjectPublicKeyInfo senderPublicKey, ASN1OctetString userKeyingMaterial,
                                                  byte[] encryptedContentKey) throws CMSException {
        Key contentKey = extractSecretKey(keyEncryptionAlgorithm, contentEncryptionAlgorithm, senderPublicKey, userKeyingMaterial,
            encryptedContentKey);
        Cipher cipher = gcmCipher(contentKey, contentEncryptionAlgorithm);
        return new RecipientOperator(new InputAEADDecryptor() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return contentEncryptionAlgorithm;
            }

            @Override
            public InputStream getInputStream(InputStream encrypted) {
                return new CipherInputStream(encrypted, cipher);
            }

            @Override
            public OutputStream getAADStream() {
                return new OutputStream() {
                    @Override
                    public void write(int b) {
                        cipher.updateAAD(new byte[] {(byte) b});
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        cipher.updateAAD(bytes, offset, length);
                    }
                };
            }

            @Override
            public byte[] getMAC() {
                // the tag travels at the end of the ciphertext stream; the cipher checks it
                return null;
            }
        });
    }

    private Cipher gcmCipher(Key contentKey, AlgorithmIdentifier algorithm) throws CMSException {
        String oid = algorithm.getAlgorithm().getId();
        boolean gcm = oid.equals(NISTObjectIdentifiers.id_aes128_GCM.getId()) || oid.equals(NISTObjectIdentifiers.id_aes192_GCM.getId())
            || oid.equals(NISTObjectIdentifiers.id_aes256_GCM.getId());
        if (!gcm) {
            throw new CMSException("unsupported authenticated content encryption " + oid);
        }
        try {
            GCMParameters parameters = GCMParameters.getInstance(algorithm.getParameters());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", provider);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey.getEncoded(), "AES"),
                new GCMParameterSpec(parameters.getIcvLen() * 8, parameters.getNonce()));
            return cipher;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new CMSException("cannot set up AES-GCM: " + e.getMessage(), e);
        }
    }
}
