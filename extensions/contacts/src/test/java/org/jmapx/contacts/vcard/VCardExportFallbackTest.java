package org.jmapx.contacts.vcard;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Export never fails a book for one card: what vCard cannot carry as it is gets a form vCard allows
 * plus a JSPROP (RFC 9555 section 3.3) that brings the Card back exactly; only a card that cannot be
 * written at all is left out, and reported.
 */
class VCardExportFallbackTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CardToVCard exporter = new CardToVCard();
    private final VCardParser parser = new VCardParser();

    @Test
    void aVCardPropsNameWithADotShouldBeWrittenAsAnXNameAndComeBackExactly() throws Exception {
        ObjectNode card = card("""
            {"@type":"Card","version":"1.0","uid":"u1","name":{"full":"Ann"},
             "vCardProps":[["other.value",{"group":"item4"},"unknown","dotted name"],
                           ["item1.x-foo",{},"unknown","group in the name"],
                           ["begin",{},"text","VCARD"],
                           ["x-fine",{},"text","kept as a property"]]}
            """);

        VCardExport export = exporter.writeAll(List.of(card));

        assertThat(export.skipped()).isEmpty();
        assertThat(export.vcf()).contains("item4.X-OTHER-VALUE:dotted name\r\n").containsIgnoringCase("item1.X-FOO:group in the name\r\n")
            .contains("X-BEGIN;VALUE=text:VCARD\r\n").contains("X-FINE;VALUE=text:kept as a property\r\n")
            .contains("JSPROP;JSPTR=vCardProps:").doesNotContain("OTHER.VALUE").containsOnlyOnce("BEGIN:VCARD");
        assertThatJson(reimported(export.vcf())).isEqualTo(card);
    }

    @Test
    void anEntryWithAParameterOrGroupNameVCardForbidsShouldBeWrittenAndRestoredByJsprop() throws Exception {
        ObjectNode card = card("""
            {"@type":"Card","version":"1.0","uid":"u1","name":{"full":"Ann"},
             "emails":{"e1":{"address":"ann@example.com","vCardParams":{"x;bad name":"v","group":"my.group"}},
                       "e2":{"address":"plain@example.com","vCardParams":{"group":[]}}}}
            """);

        String vcf = exporter.write(card);

        assertThat(vcf).contains("my-group.EMAIL;PROP-ID=e1:ann@example.com\r\n").contains("JSPROP;JSPTR=emails/e1:")
            .contains("EMAIL;PROP-ID=e2:plain@example.com\r\n");
        ObjectNode expected = card.deepCopy();
        ((ObjectNode) expected.at("/emails/e2")).remove("vCardParams"); // an empty group list says nothing
        assertThatJson(reimported(vcf)).isEqualTo(expected);
    }

    @Test
    void aCardThatCannotBeWrittenShouldBeReportedWhileTheOthersAreExported() throws Exception {
        // a stored card today's rules would refuse (its Timestamp is no UTCDateTime): the writer cannot convert it
        ObjectNode broken = card("""
            {"@type":"Card","version":"1.0","uid":"broken","anniversaries":{"a":{"kind":"birth","date":{"@type":"Timestamp","utc":"yesterday"}}}}
            """);
        ObjectNode fine = card("""
            {"@type":"Card","version":"1.0","uid":"fine","name":{"full":"Fine"}}
            """);

        VCardExport export = exporter.writeAll(List.of(fine, broken, fine.deepCopy().put("uid", "fine2")));

        assertThat(export.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.index()).isEqualTo(1);
            assertThat(skip.uid()).isEqualTo("broken");
            assertThat(skip.reason()).isNotBlank();
        });
        assertThat(parser.parse(export.vcf())).hasSize(2);
        assertThat(export.vcf()).contains("UID:fine\r\n").contains("UID:fine2\r\n").doesNotContain("broken");
    }

    @Test
    void appleGroupsShouldStayTogetherThroughExport() {
        String vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nitem1.ADR;type=HOME:;;1 Infinite Loop;Cupertino;CA;95014;USA\r\n"
            + "item1.X-ABADR:us\r\nitem1.X-ABLabel:Lake house\r\nitem2.EMAIL:ann@example.com\r\nitem2.X-ABLabel:_$!<Other>!$_\r\n"
            + "item3.EMAIL:a@example.com\r\nitem3.TEL:+1 555\r\nEND:VCARD\r\n";
        ObjectNode first = new VCardToCard().convert(parser.parse(vcf).get(0));

        String exported = exporter.write(first);

        List<VCardLine> lines = parser.parse(exported).get(0).lines();
        String adrGroup = groupOf(lines, "ADR");
        assertThat(adrGroup).isNotNull();
        assertThat(lines).filteredOn(line -> adrGroup.equals(line.group())).extracting(VCardLine::name)
            .containsExactlyInAnyOrder("ADR", "X-ABADR", "X-ABLABEL");
        String emailGroup = lines.stream().filter(line -> line.name().equals("EMAIL") && line.value().equals("ann@example.com"))
            .findFirst().orElseThrow().group();
        assertThat(lines).filteredOn(line -> emailGroup.equals(line.group())).extracting(VCardLine::value)
            .containsExactlyInAnyOrder("ann@example.com", "_$!<Other>!$_");
        assertThat(groupOf(lines, "TEL")).isNotNull().isNotIn(adrGroup, emailGroup);
        assertThat(first.at("/emails/EMAIL-1/label").asText()).isEqualTo("_$!<Other>!$_");
        assertThat(first.at("/emails/EMAIL-1/vCardParams").isMissingNode()).as("RFC 9555: the label names the group").isTrue();
        assertThatJson(reimported(exported)).isEqualTo(withoutVersion(first));
    }

    private ObjectNode reimported(String vcf) {
        return withoutVersion(new VCardToCard().convert(parser.parse(vcf).get(0)));
    }

    private static String groupOf(List<VCardLine> lines, String name) {
        return lines.stream().filter(line -> line.name().equals(name)).findFirst().orElseThrow().group();
    }

    private static ObjectNode withoutVersion(ObjectNode card) {
        ObjectNode copy = card.deepCopy();
        if (copy.get("vCardProps") instanceof com.fasterxml.jackson.databind.node.ArrayNode props) {
            for (int i = props.size() - 1; i >= 0; i--) {
                if (props.get(i).get(0).asText().equals("version")) {
                    props.remove(i);
                }
            }
            if (props.isEmpty()) {
                copy.remove("vCardProps");
            }
        }
        return copy;
    }

    private static ObjectNode card(String json) throws Exception {
        return (ObjectNode) MAPPER.readTree(json);
    }
}
