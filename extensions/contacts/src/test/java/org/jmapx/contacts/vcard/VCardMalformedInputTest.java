package org.jmapx.contacts.vcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Malformed input gives an error that says what and where, and never a half-read card. */
class VCardMalformedInputTest {
    private final VCardParser parser = new VCardParser();

    @Test
    void textWithoutAnyVCardShouldBeRejectedAsAWhole() {
        assertThatThrownBy(() -> parser.parse("hello, this is not a vCard\n"))
            .isInstanceOf(VCardFormatException.class).hasMessageContaining("no BEGIN:VCARD");
    }

    @Test
    void aCardWithALineWithoutColonShouldBeReportedWithItsLineNumber() {
        List<ParsedVCard> cards = parser.parse("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:ok\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:broken\r\nTHIS LINE IS BROKEN\r\nEND:VCARD\r\n");

        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).isBroken()).isFalse();
        assertThat(cards.get(1).problems()).singleElement().asString().contains("line 8").contains("THIS LINE IS BROKEN");
        assertThatThrownBy(() -> new VCardToCard().convert(cards.get(1)))
            .isInstanceOf(VCardFormatException.class).hasMessageContaining("line 8");
    }

    @Test
    void aTruncatedLastCardShouldBeReportedAndTheCardsBeforeItKept() {
        List<ParsedVCard> cards = parser.parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ok\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:cut");

        assertThat(cards.get(0).isBroken()).isFalse();
        assertThat(cards.get(1).problems()).singleElement().asString().contains("no END:VCARD");
    }

    @Test
    void aCardWithoutVersionShouldBeReadAsVCard21WithAWarning() {
        List<ParsedVCard> cards = parser.parse("BEGIN:VCARD\r\nN:Virtanen;Matti\r\nTEL;CELL:+358 40 1234567\r\nEND:VCARD\r\n");

        assertThat(cards.get(0).isBroken()).isFalse();
        assertThat(cards.get(0).warnings()).singleElement().asString().contains("no VERSION").contains("2.1");
        ConvertedCard converted = new VCardToCard().convertLeniently(cards.get(0));
        assertThat(converted.card().at("/phones/PHONE-1/number").asText()).isEqualTo("+358 40 1234567");
        assertThat(converted.card().at("/phones/PHONE-1/features/mobile").asBoolean()).isTrue();
        assertThat(converted.warnings()).contains("no VERSION: read as vCard 2.1");
    }

    @Test
    void anInvalidJspropShouldBeKeptInVCardPropsInsteadOfApplied() {
        ParsedVCard card = parser.parse("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:x\r\nJSPROP;JSPTR=\"a\":{not json\r\nEND:VCARD\r\n").get(0);

        assertThat(new VCardToCard().convert(card).get("vCardProps").toString()).contains("jsprop").contains("{not json");
    }
}
