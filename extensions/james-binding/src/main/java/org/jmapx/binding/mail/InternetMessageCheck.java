package org.jmapx.binding.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Whether uploaded bytes are a message to import (RFC 8621 4.8 "invalidEmail"). mime4j is read as
 * James reads it (permissive, silent), which accepts almost anything; what it cannot turn into a
 * message with at least one header field whose name is RFC 5322 2.2 printable ASCII without a colon
 * (empty content, a PNG, a PDF) is refused. The bytes are only checked: what is stored is the upload.
 */
final class InternetMessageCheck {
    private InternetMessageCheck() {
    }

    static void check(byte[] content) throws ImportRefusal {
        if (content.length == 0) {
            throw ImportRefusal.of("invalidEmail", "The blob is empty, not a message (RFC 5322)");
        }
        Message message;
        try {
            DefaultMessageBuilder builder = new DefaultMessageBuilder();
            builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
            builder.setDecodeMonitor(DecodeMonitor.SILENT);
            message = builder.parseMessage(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw ImportRefusal.of("invalidEmail", "The blob cannot be parsed as a message: " + e.getMessage());
        }
        if (message.getHeader() == null || message.getHeader().getFields().isEmpty()) {
            throw ImportRefusal.of("invalidEmail", "The blob has no header field: it is not a message (RFC 5322)");
        }
        for (Field field : message.getHeader().getFields()) {
            if (!isFieldName(field.getName())) {
                throw ImportRefusal.of("invalidEmail", "The blob's header section is not RFC 5322 header fields: it is not a message");
            }
        }
    }

    private static boolean isFieldName(String name) {
        return name != null && !name.isEmpty() && name.chars().allMatch(c -> c >= 33 && c <= 126 && c != ':');
    }
}
