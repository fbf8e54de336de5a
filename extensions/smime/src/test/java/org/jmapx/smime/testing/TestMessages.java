package org.jmapx.smime.testing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.sign.SmimeSigner;

/** RFC 5322 messages for tests and benchmarks: plain, signed both ways, and damaged on purpose. */
public final class TestMessages {
    private TestMessages() {
    }

    public static byte[] plain(String from, String to, String subject, String text) {
        return concat(headers(from, to, subject), textEntity(text));
    }

    public static byte[] multipartSigned(String from, String to, String subject, String text, SigningIdentity signer) {
        return concat(headers(from, to, subject), SmimeSigner.multipartSigned(textEntity(text), signer));
    }

    /** Signed at {@code signingTime}: a certificate expired today was valid then. */
    public static byte[] multipartSigned(String from, String to, String subject, String text, SigningIdentity signer,
                                         java.time.Instant signingTime) {
        return concat(headers(from, to, subject), SmimeSigner.multipartSigned(textEntity(text), signer, signingTime));
    }

    public static byte[] opaqueSigned(String from, String to, String subject, String text, SigningIdentity signer) {
        return concat(headers(from, to, subject), SmimeSigner.opaqueSigned(textEntity(text), signer));
    }

    /** A multipart/signed whose first part is itself an application/pkcs7-mime signed entity. */
    public static byte[] nestedSigned(String from, String to, String subject, String text, SigningIdentity inner, SigningIdentity outer) {
        byte[] innerEntity = SmimeSigner.opaqueSigned(textEntity(text), inner);
        return concat(headers(from, to, subject), SmimeSigner.multipartSigned(innerEntity, outer));
    }

    public static byte[] withBody(String from, String to, String subject, String contentTypeAndBody) {
        return concat(headers(from, to, subject), contentTypeAndBody.getBytes(StandardCharsets.US_ASCII));
    }

    /** Replaces the first occurrence of {@code original} in the message: tampering after signing. */
    public static byte[] replace(byte[] message, String original, String replacement) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        if (!text.contains(original)) {
            throw new IllegalArgumentException("nothing to replace");
        }
        return text.replaceFirst(java.util.regex.Pattern.quote(original), replacement).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] headers(String from, String to, String subject) {
        return ("From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject
            + "\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\nMessage-ID: <" + UUID.randomUUID() + "@jmapx.test>\r\nMIME-Version: 1.0\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] textEntity(String text) {
        return ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n")
            .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
