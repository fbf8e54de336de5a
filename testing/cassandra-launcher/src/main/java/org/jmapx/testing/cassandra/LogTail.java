package org.jmapx.testing.cassandra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a log file, for error messages that explain a failed start without opening files. */
final class LogTail {
    private LogTail() {
    }

    static String of(Path log, int lines) {
        if (!Files.exists(log)) {
            return "(" + log + " does not exist)";
        }
        try {
            // malformed bytes must not hide the tail: a crash may cut a line in the middle of a character
            List<String> all = List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
