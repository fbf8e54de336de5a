package org.jmapx.smime.mime;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.james.mime4j.dom.field.ContentTypeField;

/** Tells the S/MIME layer of a MIME entity from its Content-Type (RFC 8551 sections 3.2 to 3.5). */
public final class SmimeLayers {
    private static final Set<String> PKCS7_MIME = Set.of("application/pkcs7-mime", "application/x-pkcs7-mime");
    private static final Set<String> PKCS7_SIGNATURE = Set.of("application/pkcs7-signature", "application/x-pkcs7-signature");

    private SmimeLayers() {
    }

    public static SmimeLayer of(MimeEntity entity) {
        try {
            ContentTypeField contentType = entity.contentType();
            String mimeType = contentType.getMimeType().toLowerCase(Locale.ROOT);
            if (mimeType.equals("multipart/signed")) {
                return multipartSigned(entity, contentType);
            }
            if (PKCS7_MIME.contains(mimeType)) {
                return pkcs7Mime(entity, contentType);
            }
            if (PKCS7_SIGNATURE.contains(mimeType)) {
                return new SmimeLayer.Unknown("a detached signature without the content it signs");
            }
            return new SmimeLayer.Plain();
        } catch (MalformedMimeException e) {
            return new SmimeLayer.Malformed(e.getMessage());
        } catch (RuntimeException e) {
            return new SmimeLayer.Malformed("the S/MIME structure of the message cannot be parsed");
        }
    }

    private static SmimeLayer multipartSigned(MimeEntity entity, ContentTypeField contentType) {
        String protocol = lower(contentType.getParameter("protocol"));
        if (!PKCS7_SIGNATURE.contains(protocol)) {
            // RFC 9219: "unknown" also covers multipart/signed with another protocol, e.g. OpenPGP
            return new SmimeLayer.Unknown("multipart/signed with protocol " + protocol);
        }
        List<byte[]> parts = entity.parts();
        if (parts.size() != 2) {
            return new SmimeLayer.Malformed("multipart/signed must have exactly two parts, found " + parts.size());
        }
        MimeEntity signature = MimeEntity.parse(parts.get(1));
        if (!PKCS7_SIGNATURE.contains(signature.mimeType())) {
            return new SmimeLayer.Malformed("the second part of multipart/signed is " + signature.mimeType() + ", not a signature");
        }
        return new SmimeLayer.Detached(canonical(parts.get(0)), signature.decodedBody());
    }

    private static SmimeLayer pkcs7Mime(MimeEntity entity, ContentTypeField contentType) {
        String smimeType = lower(contentType.getParameter("smime-type"));
        byte[] cms = entity.decodedBody();
        return switch (smimeType) {
            case "signed-data" -> new SmimeLayer.Encapsulated(cms);
            case "enveloped-data", "authenveloped-data" -> new SmimeLayer.Enveloped(cms);
            case "certs-only" -> new SmimeLayer.Unknown("certs-only");
            // smime-type is optional (RFC 8551 3.2.2): look at the CMS content type instead
            default -> CmsContentTypes.classify(cms);
        };
    }

    /** RFC 8551 3.1.1: signed content is in canonical form, lines ending in CRLF. */
    static byte[] canonical(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 64);
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n' && (i == 0 || content[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(content[i]);
        }
        return out.toByteArray();
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
