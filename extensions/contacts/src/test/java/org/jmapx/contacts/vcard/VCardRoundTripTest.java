package org.jmapx.contacts.vcard;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Import, export as vCard 4.0, import again: the second Card equals the first. The only difference
 * allowed is the vCardProps entry of VERSION, since the export always writes VERSION:4.0.
 */
class VCardRoundTripTest {
    private final VCardParser parser = new VCardParser();
    private final VCardToCard importer = new VCardToCard();
    private final CardToVCard exporter = new CardToVCard();

    static List<String> samples() {
        return VCardResources.SAMPLES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void exportThenReimportShouldKeepEveryPropertyOfTheSample(String sample) {
        for (ParsedVCard vcard : parser.parse(VCardResources.sample(sample))) {
            ObjectNode first = importer.convert(vcard);
            String exported = exporter.write(first);
            ObjectNode second = importer.convert(parser.parse(exported).get(0));

            assertThatJson(VCardResources.withoutVersionProp(second)).as(exported).isEqualTo(VCardResources.withoutVersionProp(first));
        }
    }

    @Test
    void jsContactPropertiesWithoutVCardEquivalentShouldSurviveThroughJsprop() throws Exception {
        ObjectNode card = (ObjectNode) new ObjectMapper().readTree("""
            {"@type":"Card","version":"1.0","uid":"urn:uuid:1","example.com:foo":{"bar":[1,2]},
             "name":{"components":[{"kind":"given","value":"Jane"},{"kind":"separator","value":" "},
               {"kind":"surname","value":"Doe","phonetic":"dou"}],"isOrdered":true,"defaultSeparator":" "},
             "phones":{"p1":{"number":"tel:+1-555","example.com:x/y":"z","contexts":{"private":true,"other":true}}},
             "localizations":{"fr":{"titles/t1/name":"Patron"}},
             "titles":{"t1":{"name":"Boss","kind":"title"}},
             "relatedTo":{"urn:uuid:2":{"relation":{}}}}
            """);

        String vcard = exporter.write(card);
        ObjectNode back = importer.convert(parser.parse(vcard).get(0));

        assertThat(vcard).contains("JSPROP;JSPTR=\"example.com:foo\"").contains("FN;DERIVED=TRUE:Jane Doe");
        assertThatJson(VCardResources.withoutVersionProp(back)).isEqualTo(card);
    }

    @Test
    void exportShouldWriteVCard40WithPropIdsAndTheMandatoryFn() throws Exception {
        ObjectNode card = (ObjectNode) new ObjectMapper().readTree("""
            {"@type":"Card","version":"1.0","uid":"u1","emails":{"e1":{"address":"a@example.com","contexts":{"work":true},"pref":1}}}
            """);

        String vcard = exporter.write(card);

        assertThat(vcard).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").contains("UID:u1\r\n").contains("FN:\r\n")
            .containsPattern("EMAIL;PROP-ID=e1;PREF=1;TYPE=work:a@example.com\r\n").endsWith("END:VCARD\r\n");
    }
}
