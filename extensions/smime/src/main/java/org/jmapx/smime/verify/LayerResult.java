package org.jmapx.smime.verify;

import java.util.List;
import java.util.Set;

/** One signature layer checked: its errors, the content it signs (null when unreadable) and its signers' addresses. */
record LayerResult(List<String> errors, byte[] content, Set<String> signerEmails, List<java.security.cert.X509Certificate> signers) {
    static LayerResult failed(String error) {
        return new LayerResult(List.of(error), null, Set.of(), List.of());
    }
}
