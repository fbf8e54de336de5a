package org.jmapx.smime.sign;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A message split for S/MIME wrapping (RFC 8551 section 3.1): the header fields that stay outside
 * (From, To, Subject, Date, ...) and the MIME entity that gets signed or encrypted (the Content-*
 * fields and the body). Both are in canonical CRLF form.
 */
public record MessageParts(byte[] outerHeaders, byte[] entity) {
    public static MessageParts split(byte[] message) {
        String text = new String(canonical(message), StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String headerBlock = end < 0 ? text : text.substring(0, end + 2);
        String body = end < 0 ? "" : text.substring(end + 4);
        StringBuilder outer = new StringBuilder();
        StringBuilder inner = new StringBuilder();
        StringBuilder current = null;
        for (String line : headerBlock.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.charAt(0) != ' ' && line.charAt(0) != '\t') {
                String name = line.substring(0, Math.max(0, line.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
                // MIME-Version belongs to the message only; the wrapper adds its own Content-* fields
                current = name.startsWith("content-") ? inner : outer;
            }
            if (current != null) {
                current.append(line).append("\r\n");
            }
        }
        if (inner.indexOf("Content-Type") < 0 && inner.indexOf("content-type") < 0) {
            inner.append("Content-Type: text/plain; charset=us-ascii\r\n");
        }
        inner.append("\r\n").append(body);
        return new MessageParts(outer.toString().getBytes(StandardCharsets.ISO_8859_1),
            inner.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The outer header fields followed by {@code wrappedEntity} (which starts with its own Content-Type). */
    public byte[] join(byte[] wrappedEntity) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(outerHeaders);
        out.writeBytes(wrappedEntity);
        return out.toByteArray();
    }

    /** Bare LF become CRLF, as signing needs (RFC 8551 3.1.1). */
    public static byte[] canonical(byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 64);
        for (int i = 0; i < message.length; i++) {
            if (message[i] == '\n' && (i == 0 || message[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(message[i]);
        }
        return out.toByteArray();
    }
}
