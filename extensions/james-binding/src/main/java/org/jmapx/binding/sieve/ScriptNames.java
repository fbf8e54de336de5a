package org.jmapx.binding.sieve;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The name rules of RFC 9661 2.1 (ManageSieve's, RFC 5804 1.6), plus no "/" as James's file repository needs. */
final class ScriptNames {
    private ScriptNames() {
    }

    static Optional<String> problem(String name, int maxOctets) {
        if (name.isEmpty()) {
            return Optional.of("name must have at least one character");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > maxOctets) {
            return Optional.of("name is longer than maxSizeScriptName (" + maxOctets + " octets)");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= 0x1F || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029) {
                return Optional.of("name must not contain control characters or line/paragraph separators");
            }
            if (c == '/') {
                return Optional.of("name must not contain '/'");
            }
        }
        return Optional.empty();
    }
}
