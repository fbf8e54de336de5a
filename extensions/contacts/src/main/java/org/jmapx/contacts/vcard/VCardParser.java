package org.jmapx.contacts.vcard;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.github.mangstadt.vinnie.VObjectProperty;
import com.github.mangstadt.vinnie.io.Context;
import com.github.mangstadt.vinnie.io.SyntaxRules;
import com.github.mangstadt.vinnie.io.VObjectDataAdapter;
import com.github.mangstadt.vinnie.io.VObjectReader;
import com.github.mangstadt.vinnie.io.Warning;

/**
 * Splits a .vcf stream (vCard 2.1, 3.0 or 4.0) into cards of {@link VCardLine}s with vinnie, the
 * tokenizer of the ez-vcard project (ADR 0008). Unfolding, quoted-printable and the version-specific
 * parameter syntax are vinnie's job; value semantics are the converter's.
 */
public final class VCardParser {

    /** @throws VCardFormatException when the text holds no BEGIN:VCARD block at all */
    public List<ParsedVCard> parse(String text) {
        return parse(text, false);
    }

    /**
     * Reads a file as it came over the wire: its character set is found per file (BOM, UTF-8) and,
     * for files that are not UTF-8 throughout, per line (VCardBytes).
     *
     * @throws VCardFormatException when the file holds no BEGIN:VCARD block at all
     */
    public List<ParsedVCard> parse(byte[] file) {
        VCardBytes.Text text = VCardBytes.decode(file);
        return parse(text.text(), text.rawBytes());
    }

    private List<ParsedVCard> parse(String text, boolean rawBytes) {
        Collector collector = new Collector(rawBytes);
        try (VObjectReader reader = new VObjectReader(new StringReader(text), SyntaxRules.vcard())) {
            // quoted-printable without CHARSET: UTF-8, not whatever the JVM's locale says
            // (from bytes: ISO-8859-1 keeps the bytes as they are, the Collector then decodes them)
            reader.setDefaultQuotedPrintableCharset(rawBytes ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            reader.parse(collector);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        collector.finishUnterminated();
        if (collector.cards.isEmpty()) {
            throw new VCardFormatException("not a vCard file: no BEGIN:VCARD line found");
        }
        return collector.cards;
    }

    private static final class Collector extends VObjectDataAdapter {
        private final List<ParsedVCard> cards = new ArrayList<>();
        private final boolean rawBytes;
        private List<VCardLine> lines;
        private List<String> problems;
        private List<String> warnings;
        private String version;
        private int firstLine;
        private int nestedDepth;

        Collector(boolean rawBytes) {
            this.rawBytes = rawBytes;
        }

        @Override
        public void onComponentBegin(String name, Context context) {
            if (lines != null) {
                // vCard 2.1 AGENT may embed a card; its content is not converted
                nestedDepth++;
                return;
            }
            if (!"VCARD".equalsIgnoreCase(name)) {
                return;
            }
            lines = new ArrayList<>();
            problems = new ArrayList<>();
            warnings = new ArrayList<>();
            version = null;
            firstLine = context.getLineNumber();
        }

        @Override
        public void onComponentEnd(String name, Context context) {
            if (nestedDepth > 0) {
                nestedDepth--;
                return;
            }
            if (lines != null && "VCARD".equalsIgnoreCase(name)) {
                finish();
            }
        }

        @Override
        public void onVersion(String value, Context context) {
            if (lines != null && nestedDepth == 0) {
                version = value;
            }
        }

        @Override
        public void onProperty(VObjectProperty property, Context context) {
            if (lines == null || nestedDepth > 0) {
                return;
            }
            if (rawBytes) {
                lines.add(decodedLine(property));
                return;
            }
            lines.add(new VCardLine(property.getGroup(), property.getName(), params(property), property.getValue()));
        }

        @Override
        public void onWarning(Warning warning, VObjectProperty property, Exception thrown, Context context) {
            if (lines == null) {
                return;
            }
            String line = context.getUnfoldedLine();
            if (line != null && line.startsWith("#") && warning == Warning.MALFORMED_LINE) {
                // Android's importer skips such comment-like lines; nothing of the contact is in them
                warnings.add("line " + context.getLineNumber() + " without a colon starting with # ignored");
                return;
            }
            // a skipped line would silently lose data: the whole card is reported instead
            problems.add("line " + context.getLineNumber() + ": " + warning.getMessage() + " ("
                + abbreviate(context.getUnfoldedLine()) + ")");
        }

        void finishUnterminated() {
            if (lines != null) {
                problems.add("card starting at line " + firstLine + " has no END:VCARD");
                finish();
            }
        }

        private void finish() {
            if (version == null) {
                // old phones (Nokia, Sony Ericsson) leave it out; vinnie tokenizes such a card with the 2.1 rules
                warnings.add("no VERSION: read as vCard 2.1");
            }
            cards.add(new ParsedVCard(cards.size(), firstLine, version, List.copyOf(lines), List.copyOf(problems), List.copyOf(warnings)));
            lines = null;
        }

        /** A line of a file that is not UTF-8 throughout: its text decoded with its own CHARSET. */
        private VCardLine decodedLine(VObjectProperty property) {
            String charset = property.getParameters().first("CHARSET");
            boolean[] guessed = {false};
            UnaryOperator<String> decode = raw -> {
                VCardBytes.Decoded decoded = VCardBytes.decodeLine(raw, charset);
                guessed[0] |= decoded.guessed();
                return decoded.text();
            };
            Map<String, List<String>> params = new LinkedHashMap<>();
            params(property).forEach((name, values) -> params.put(name, values.stream().map(decode).toList()));
            // vinnie already decoded a quoted-printable value with its CHARSET, or into bytes when it had none
            boolean decodedByVinnie = property.getParameters().isQuotedPrintable() && charset != null;
            String value = decodedByVinnie ? property.getValue() : decode.apply(property.getValue());
            VCardLine line = new VCardLine(decode.apply(property.getGroup()), property.getName(), params, value);
            if (guessed[0]) {
                warnings.add(property.getName().toUpperCase(Locale.ROOT) + " is neither UTF-8 nor marked with CHARSET: read as Windows-1252");
            }
            return line;
        }

        private static Map<String, List<String>> params(VObjectProperty property) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> entry : property.getParameters()) {
                // vCard 2.1 nameless parameters ("TEL;CELL;PREF") are TYPE values, except encodings:
                // "PHOTO;BASE64:" (2.1, and Apple Address Book's 3.0) names the ENCODING
                String name = entry.getKey() == null ? namelessParamName(entry.getValue())
                    : entry.getKey().trim().toUpperCase(Locale.ROOT);
                if (name.equals("ENCODING") && property.getParameters().isQuotedPrintable()) {
                    continue; // vinnie already decoded the value
                }
                if (name.equals("CHARSET")) {
                    continue; // the value is already a Java string
                }
                params.computeIfAbsent(name, key -> new ArrayList<>()).addAll(entry.getValue());
            }
            return params;
        }

        private static String namelessParamName(List<String> values) {
            boolean encoding = values.size() == 1
                && List.of("BASE64", "B", "QUOTED-PRINTABLE", "8BIT", "7BIT").contains(values.get(0).trim().toUpperCase(Locale.ROOT));
            return encoding ? "ENCODING" : "TYPE";
        }

        private static String abbreviate(String line) {
            return line == null || line.length() <= 60 ? line : line.substring(0, 60) + "...";
        }
    }
}
