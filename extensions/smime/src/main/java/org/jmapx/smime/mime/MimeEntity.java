package org.jmapx.smime.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.field.ContentTypeFieldLenientImpl;
import org.apache.james.mime4j.stream.RawField;

/**
 * One MIME entity kept as raw bytes. Signature checks need the exact bytes that were signed, which a
 * MIME library that re-serialises parts would not give back, so headers and body are split here by
 * hand and the body is never rewritten.
 */
public final class MimeEntity {
    private final Map<String, String> headers;
    private final byte[] raw;
    private final int bodyOffset;

    private MimeEntity(Map<String, String> headers, byte[] raw, int bodyOffset) {
        this.headers = headers;
        this.raw = raw;
        this.bodyOffset = bodyOffset;
    }

    public static MimeEntity parse(byte[] raw) {
        int headerEnd = headerEnd(raw);
        int bodyOffset = headerEnd < 0 ? raw.length : headerEnd;
        String headerText = new String(raw, 0, headerEnd < 0 ? raw.length : headerEnd, StandardCharsets.ISO_8859_1);
        return new MimeEntity(parseHeaders(headerText), raw, bodyOffset);
    }

    /** The first value of a header field, unfolded; names are case-insensitive. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Content-Type, text/plain when absent (RFC 2045 section 5.2). */
    public ContentTypeField contentType() {
        String value = header("Content-Type").orElse("text/plain; charset=us-ascii");
        return ContentTypeFieldLenientImpl.PARSER.parse(new RawField("Content-Type", value), DecodeMonitor.SILENT);
    }

    public String mimeType() {
        return contentType().getMimeType().toLowerCase(Locale.ROOT);
    }

    public byte[] raw() {
        return raw;
    }

    /** The header section as received, folding and line breaks kept, without the blank line that ends it. */
    public byte[] rawHeader() {
        int end = bodyOffset;
        // drop the empty line: "\n\n" or "\n\r\n" at the end of the header section
        if (end > 0 && raw[end - 1] == '\n') {
            end--;
            if (end > 0 && raw[end - 1] == '\r') {
                end--;
            }
        }
        return java.util.Arrays.copyOfRange(raw, 0, end);
    }

    public byte[] rawBody() {
        return java.util.Arrays.copyOfRange(raw, bodyOffset, raw.length);
    }

    /** The body with its Content-Transfer-Encoding removed; base64 decoding skips characters outside the alphabet. */
    public byte[] decodedBody() {
        String encoding = header("Content-Transfer-Encoding").map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse("7bit");
        byte[] body = rawBody();
        try {
            return switch (encoding) {
                case "base64" -> Base64.getMimeDecoder().decode(stripTrailingPadding(body));
                case "quoted-printable" -> readAll(new QuotedPrintableInputStream(new ByteArrayInputStream(body), DecodeMonitor.SILENT));
                default -> body;
            };
        } catch (IllegalArgumentException e) {
            throw new MalformedMimeException("an S/MIME part is not valid base64");
        }
    }

    /**
     * The body parts of a multipart entity, each as the raw bytes between two delimiter lines, the
     * line break before a delimiter belonging to the delimiter (RFC 2046 section 5.1.1).
     */
    public List<byte[]> parts() {
        String boundary = contentType().getBoundary();
        if (boundary == null || boundary.isEmpty()) {
            throw new MalformedMimeException("multipart entity without a boundary");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<byte[]> parts = new ArrayList<>();
        int partStart = -1;
        int lineStart = bodyOffset;
        while (lineStart < raw.length) {
            int lineEnd = indexOf(raw, (byte) '\n', lineStart);
            int next = lineEnd < 0 ? raw.length : lineEnd + 1;
            if (startsWith(raw, lineStart, delimiter)) {
                int after = lineStart + delimiter.length;
                boolean closing = after + 1 < raw.length && raw[after] == '-' && raw[after + 1] == '-';
                if (partStart >= 0) {
                    parts.add(java.util.Arrays.copyOfRange(raw, partStart, lineBreakStart(raw, partStart, lineStart)));
                }
                if (closing) {
                    return parts;
                }
                partStart = next;
            }
            lineStart = next;
        }
        throw new MalformedMimeException("multipart entity without its closing delimiter");
    }

    private static int lineBreakStart(byte[] bytes, int from, int delimiterStart) {
        int end = delimiterStart;
        if (end > from && bytes[end - 1] == '\n') {
            end--;
            if (end > from && bytes[end - 1] == '\r') {
                end--;
            }
        }
        return end;
    }

    private static byte[] stripTrailingPadding(byte[] body) {
        // the MIME decoder rejects data after the final "=" padding; text after it is not part of the value
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int padding = text.indexOf('=');
        return padding < 0 ? body : text.substring(0, padding).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int headerEnd(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n') {
                if (i + 1 < raw.length && raw[i + 1] == '\n') {
                    return i + 2;
                }
                if (i + 2 < raw.length && raw[i + 1] == '\r' && raw[i + 2] == '\n') {
                    return i + 3;
                }
            }
        }
        return -1;
    }

    private static Map<String, String> parseHeaders(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        String unfolded = text.replaceAll("\r?\n[ \t]", " ");
        for (String line : unfolded.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private static int indexOf(byte[] bytes, byte value, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (offset + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
