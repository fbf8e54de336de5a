package org.jmapx.smime.mime;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;

/** Classifies an application/pkcs7-mime body by its CMS content type when smime-type is absent. */
final class CmsContentTypes {
    private CmsContentTypes() {
    }

    static SmimeLayer classify(byte[] cms) {
        ASN1ObjectIdentifier type;
        try {
            type = ContentInfo.getInstance(cms).getContentType();
        } catch (RuntimeException e) {
            return new SmimeLayer.Malformed("the CMS structure cannot be parsed");
        }
        if (CMSObjectIdentifiers.signedData.equals(type)) {
            return new SmimeLayer.Encapsulated(cms);
        }
        if (CMSObjectIdentifiers.envelopedData.equals(type) || CMSObjectIdentifiers.authEnvelopedData.equals(type)) {
            return new SmimeLayer.Enveloped(cms);
        }
        return new SmimeLayer.Unknown("CMS content type " + type);
    }
}
