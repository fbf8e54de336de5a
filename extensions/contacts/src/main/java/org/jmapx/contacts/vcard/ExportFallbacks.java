package org.jmapx.contacts.vcard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The last step of exporting one Card: a line vCard cannot carry as it is (a vCardProps name such as
 * "other.value", a vCardParams parameter or group name with characters vCard forbids) must not fail
 * the export. Such a line is written in the nearest form vCard allows (see
 * {@link VCardSyntax#repaired}), and the JSContact member it came from is also written whole as
 * JSPROP (RFC 9555 section 3.3), so importing the export gives the same Card back.
 */
final class ExportFallbacks {
    static final String VCARD_PROPS = "vCardProps";

    private final JsonNode original;
    private final List<VCardLine> lines;
    private final Map<VCardLine, String> sources;

    /** @param sources the JSON pointer (without leading "/") of the member each line was written from */
    ExportFallbacks(JsonNode original, List<VCardLine> lines, Map<VCardLine, String> sources) {
        this.original = original;
        this.lines = lines;
        this.sources = sources;
    }

    List<VCardLine> apply(List<VCardLine> jsProps) {
        Set<String> broken = new HashSet<>();
        for (VCardLine line : lines) {
            if (VCardSyntax.problem(line) != null) {
                broken.add(sources.getOrDefault(line, ""));
            }
        }
        if (broken.isEmpty()) {
            List<VCardLine> all = new ArrayList<>(lines);
            all.addAll(jsProps);
            return all;
        }
        List<VCardLine> written = new ArrayList<>();
        for (VCardLine line : lines) {
            String source = sources.getOrDefault(line, "");
            if (!broken.contains(source) || VCardSyntax.problem(line) == null) {
                written.add(line);
                continue;
            }
            VCardLine repaired = VCardSyntax.repaired(line);
            // an entry's line renamed would come back as another property: the JSPROP alone carries it
            if (repaired != null && (source.equals(VCARD_PROPS) || repaired.name().equals(line.name()))) {
                written.add(repaired);
            }
        }
        for (VCardLine jsProp : jsProps) {
            if (!covered(jsProp.param("JSPTR"), broken)) {
                written.add(jsProp);
            }
        }
        for (String source : broken) {
            JsonNode member = source.isEmpty() ? null : original.at("/" + source);
            if (member != null && !member.isMissingNode()) {
                written.add(new VCardLine(null, "JSPROP", Map.of("JSPTR", List.of(source)), VCardText.escape(member.toString())));
            }
        }
        return written;
    }

    /** A PatchObject must not patch a member and something inside it (RFC 9553 section 1.5.3). */
    private static boolean covered(String pointer, Set<String> broken) {
        for (String source : broken) {
            if (pointer != null && (pointer.equals(source) || pointer.startsWith(source + "/"))) {
                return true;
            }
        }
        return false;
    }

    /** One JSON pointer token (RFC 6901 escaping), for sources built from map keys. */
    static String token(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
