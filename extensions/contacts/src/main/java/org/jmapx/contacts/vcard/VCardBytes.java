package org.jmapx.contacts.vcard;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;

/**
 * Turns the bytes of a .vcf file into text. Most files are UTF-8 (with or without a BOM); Outlook
 * writes UTF-16 with a BOM or, for vCard 2.1, the raw bytes of the Windows code page (often marked
 * per line with CHARSET=Windows-1252), and Japanese phones write CHARSET=SHIFT_JIS lines. A file that
 * file is therefore read byte for byte (except UTF-16, recognised by its BOM) and each line decoded on
 * its own ({@link #decodeLine}), so one Windows-1252 line does not garble the UTF-8 lines of the same file.
 */
final class VCardBytes {
    /** The ANSI code page of Western-European Windows, what Outlook writes when a line names no CHARSET. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private VCardBytes() {
    }

    /** The file's text and whether its lines still hold raw bytes (one char per byte) to decode per line. */
    record Text(String text, boolean rawBytes) {
    }

    static Text decode(byte[] file) {
        if (startsWith(file, 0xFF, 0xFE)) {
            return new Text(new String(file, 2, file.length - 2, StandardCharsets.UTF_16LE), false);
        }
        if (startsWith(file, 0xFE, 0xFF)) {
            return new Text(new String(file, 2, file.length - 2, StandardCharsets.UTF_16BE), false);
        }
        int start = startsWith(file, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        // one char per byte: nothing is decoded before each line's CHARSET is known
        return new Text(new String(file, start, file.length - start, StandardCharsets.ISO_8859_1), true);
    }

    /**
     * Decodes a piece of a raw line (chars standing for bytes) with the line's CHARSET, else as UTF-8
     * when it is valid UTF-8, else as Windows-1252; {@code null} charset name means the line has none.
     * Returns null when the Windows-1252 guess had to be made, so the caller can warn.
     */
    static Decoded decodeLine(String raw, String charsetName) {
        if (raw == null || raw.chars().allMatch(c -> c < 0x80)) {
            return new Decoded(raw, false);
        }
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        Charset declared = charset(charsetName);
        if (declared != null) {
            return new Decoded(new String(bytes, declared), false);
        }
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? new Decoded(utf8, false) : new Decoded(new String(bytes, WINDOWS_1252), true);
    }

    record Decoded(String text, boolean guessed) {
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] file, int... prefix) {
        return file.length >= prefix.length
            && Arrays.equals(Arrays.copyOf(file, prefix.length), toBytes(prefix));
    }

    private static byte[] toBytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
