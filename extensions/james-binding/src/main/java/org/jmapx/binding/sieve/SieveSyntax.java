package org.jmapx.binding.sieve;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jsieve.ConfigurationManager;
import org.apache.jsieve.SieveFactory;
import org.apache.jsieve.exception.SieveException;
import org.apache.jsieve.parser.generated.ParseException;
import org.apache.jsieve.parser.generated.TokenMgrError;

/**
 * Checks scripts with the very jSieve configuration James's Sieve mailet runs at delivery
 * ({@code new ConfigurationManager().build()}), so a script JMAP accepts is one James can run.
 */
public final class SieveSyntax {
    private static final Pattern NOT_MAPPED = Pattern.compile("named '([^']+)' not mapped");
    private static final Pattern HAS_LINE = Pattern.compile("line \\d+");

    private final SieveFactory factory;

    public SieveSyntax() {
        try {
            this.factory = new ConfigurationManager().build();
        } catch (SieveException e) {
            throw new IllegalStateException("jSieve's standard configuration cannot be loaded", e);
        }
    }

    /**
     * The capability strings a script may "require" (RFC 5228 3.2): jSieve names its comparators
     * without the "comparator-" prefix that "require" needs.
     */
    public List<String> extensions() {
        return factory.getExtensions().stream()
            .map(name -> name.contains(";") ? "comparator-" + name : name)
            .toList();
    }

    /** Why the script is not valid Sieve for James (with the line of the first error), or empty. */
    public Optional<String> problem(byte[] script) {
        Optional<String> text = utf8(script);
        if (text.isEmpty()) {
            return Optional.of("The script is not UTF-8 (RFC 9661 2.2)");
        }
        if (text.get().isEmpty()) {
            return Optional.of("The script is empty (RFC 9661 2.2)");
        }
        try {
            factory.parse(new ByteArrayInputStream(script));
            return Optional.empty();
        } catch (ParseException e) {
            return Optional.of(withLine(e.getMessage(), text.get()));
        } catch (TokenMgrError e) {
            return Optional.of(e.getMessage());
        }
    }

    /** jSieve reports unknown commands, tests and extensions without a line: find the first line naming it. */
    private static String withLine(String message, String script) {
        String firstLine = message.lines().findFirst().orElse(message).trim();
        if (HAS_LINE.matcher(firstLine).find()) {
            return firstLine;
        }
        Matcher name = NOT_MAPPED.matcher(firstLine);
        if (name.find()) {
            List<String> lines = script.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(name.group(1))) {
                    return firstLine + " (line " + (i + 1) + ")";
                }
            }
        }
        return firstLine;
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
