package org.jmapx.contacts.vcard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mangstadt.vinnie.SyntaxStyle;
import com.github.mangstadt.vinnie.VObjectParameters;
import com.github.mangstadt.vinnie.io.VObjectWriter;

/**
 * JSContact Card -> vCard 4.0 (RFC 9555 section 3). Every Id-keyed entry carries PROP-ID, and every
 * member that no vCard property represents exactly is written as JSPROP, so that
 * {@link VCardToCard} gives the same Card back.
 */
public final class CardToVCard {

    /** Every card of {@code cards}; a card that cannot be written at all is left out and reported, never failing the others. */
    public VCardExport writeAll(List<ObjectNode> cards) {
        StringBuilder out = new StringBuilder();
        List<VCardExport.SkippedCard> skipped = new ArrayList<>();
        for (int index = 0; index < cards.size(); index++) {
            ObjectNode card = cards.get(index);
            try {
                out.append(writeOne(card));
            } catch (RuntimeException e) {
                skipped.add(new VCardExport.SkippedCard(index, null, card.path("uid").asText(null),
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return new VCardExport(out.toString(), skipped);
    }

    public String write(List<ObjectNode> cards) {
        return writeAll(cards).vcf();
    }

    /** One card in its own buffer, so a failure half-way leaves nothing of it in the file. */
    private static String writeOne(ObjectNode card) {
        StringWriter out = new StringWriter();
        try (VObjectWriter writer = new VObjectWriter(out, SyntaxStyle.NEW)) {
            writer.setCaretEncodingEnabled(true);
            writer.writeBeginComponent("VCARD");
            writer.writeVersion("4.0");
            for (VCardLine line : new CardExport(card).lines()) {
                VObjectParameters params = new VObjectParameters();
                for (Map.Entry<String, List<String>> param : line.params().entrySet()) {
                    params.putAll(param.getKey(), param.getValue().toArray(String[]::new));
                }
                writer.writeProperty(line.group(), line.name(), params, line.value());
            }
            writer.writeEndComponent("VCARD");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public String write(ObjectNode card) {
        return write(List.of(card));
    }

    /** The JSPROP lines for whatever {@code rest} still holds that {@code original} had (RFC 9555 section 3.3.2). */
    static List<VCardLine> jsProps(JsonNode original, JsonNode rest, String pointer) {
        List<VCardLine> lines = new ArrayList<>();
        rest.fieldNames().forEachRemaining(field -> {
            JsonNode left = rest.get(field);
            String path = (pointer.isEmpty() ? "" : pointer + "/") + field.replace("~", "~0").replace("/", "~1");
            if (left.equals(original.get(field)) || !left.isObject()) {
                lines.add(new VCardLine(null, "JSPROP", Map.of("JSPTR", List.of(path)), VCardText.escape(left.toString())));
            } else {
                lines.addAll(jsProps(original.get(field), left, path));
            }
        });
        return lines;
    }
}
