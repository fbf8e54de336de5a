package org.jmapx.smime.service;

import java.time.Instant;

/** A stored message as the S/MIME service needs it: its id, receivedAt and full RFC 5322 content. */
public record RawMessage(String messageId, Instant receivedAt, byte[] content) {
}
