package org.jmapx.contacts.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A cosmetic defect does not cost a contact (docs/contacts-vcard.md, "Lenient import"): the card is
 * created with everything that can be kept, and each thing done to keep it is a warning in the report.
 */
class VCardLenientImportTest {
    private final VCardCorpusTest.Book book = new VCardCorpusTest.Book();

    @Test
    void emptyOrgUnitsNotesAndTitlesShouldBeLeftOutWithAWarningAndTheCardCreated() {
        CardOutcome outcome = importOne("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u1\r\nFN:Ann\r\nORG:ACME Inc.;\r\nNOTE:\r\nTITLE:\r\n"
            + "EMAIL:ann@acme.example\r\nEND:VCARD\r\n");

        assertThat(outcome.status()).isEqualTo(CardOutcome.CREATED);
        assertThat(outcome.warnings()).containsExactly("empty unit 1 of ORG left out", "empty NOTE left out", "empty TITLE left out");
        JsonNode card = stored("u1");
        assertThat(card.at("/organizations/ORG-1/name").asText()).isEqualTo("ACME Inc.");
        assertThat(card.at("/organizations/ORG-1").has("units")).isFalse();
        assertThat(card.has("notes")).isFalse();
        assertThat(card.has("titles")).isFalse();
        assertThat(card.at("/emails/EMAIL-1/address").asText()).isEqualTo("ann@acme.example");
    }

    @Test
    void memberOnACardWithoutKindGroupShouldBeKeptInVCardProps() {
        CardOutcome outcome = importOne("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:team\r\nFN:Team\r\nMEMBER:urn:uuid:a\r\nEND:VCARD\r\n");

        assertThat(outcome.status()).isEqualTo(CardOutcome.CREATED);
        assertThat(outcome.warnings()).singleElement().asString().contains("MEMBER").contains("vCardProps");
        JsonNode card = stored("team");
        assertThat(card.has("members")).isFalse();
        assertThat(card.get("vCardProps").toString()).contains("[\"member\",{},\"unknown\",\"urn:uuid:a\"]");
    }

    @Test
    void memberOnAGroupCardShouldStayAMember() {
        CardOutcome outcome = importOne("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:g\r\nMEMBER:urn:uuid:a\r\nKIND:group\r\nFN:G\r\nEND:VCARD\r\n");

        assertThat(outcome.warnings()).isEmpty();
        assertThat(stored("g").at("/members/urn:uuid:a").asBoolean()).isTrue();
    }

    @Test
    void aPropertyTheContactCardRulesRefuseShouldBeKeptInVCardPropsWithItsLabel() {
        CardOutcome outcome = importOne("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u2\r\nFN:Ann\r\nLANG:english (US)\r\n"
            + "item1.LANG:fr_FR\r\nitem1.X-ABLabel:Second\r\nEND:VCARD\r\n");

        assertThat(outcome.status()).isEqualTo(CardOutcome.CREATED);
        assertThat(outcome.warnings()).hasSize(2).allSatisfy(warning -> assertThat(warning).startsWith("LANG kept in vCardProps: preferredLanguages/"));
        JsonNode card = stored("u2");
        assertThat(card.has("preferredLanguages")).isFalse();
        assertThat(card.get("vCardProps").toString()).contains("\"english (US)\"")
            .contains("[\"lang\",{\"group\":\"item1\"},\"unknown\",\"fr_FR\"]")
            .contains("[\"x-ablabel\",{\"group\":\"item1\"},\"unknown\",\"Second\"]");
    }

    @Test
    void aVCard21WithoutVersionShouldBeCreatedWithAWarning() {
        CardOutcome outcome = importOne("BEGIN:VCARD\r\nN:Virtanen;Matti\r\nTEL;CELL:+358401234567\r\nEND:VCARD\r\n");

        assertThat(outcome.status()).isEqualTo(CardOutcome.CREATED);
        assertThat(outcome.warnings()).containsExactly("no VERSION: read as vCard 2.1");
    }

    @Test
    void outlookAndAndroidQuotedPrintableShouldBeDecodedWithTheirCharsetAndSoftLineBreaks() {
        ImportReport report = book.importer.importInto(VCardResources.read("real-world/outlook-2.1.vcf")
            + VCardResources.read("real-world/android-2.1.vcf"), book.bookId, book.context);

        assertThat(report.skipped()).isZero();
        JsonNode cards = book.call("ContactCard/get", "{\"ids\":null}").get("list");
        assertThat(cards.findValuesAsText("full")).contains("Jürgen Müller", "Émilie Dupont");
        assertThat(cards.findValuesAsText("note")).contains("Erste Zeile\nZweite Zeile mit äöü",
            "Une très longue note qui dépasse la largeur d’une ligneet que le téléphone coupe par un saut de ligne doux\npuis une seconde ligne");
    }

    private CardOutcome importOne(String vcf) {
        ImportReport report = book.importer.importInto(vcf, book.bookId, book.context);
        assertThat(report.cards()).hasSize(1);
        assertThat(report.toJson().path("withWarnings").asLong()).isEqualTo(report.cards().get(0).warnings().isEmpty() ? 0 : 1);
        return report.cards().get(0);
    }

    private JsonNode stored(String uid) {
        for (JsonNode card : book.call("ContactCard/get", "{\"ids\":null}").get("list")) {
            if (card.path("uid").asText().equals(uid)) {
                return card;
            }
        }
        throw new AssertionError("no card " + uid);
    }
}
