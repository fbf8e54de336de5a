package org.jmapx.contacts.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every real-world vCard of the ez-vcard samples (2.1, 3.0, 4.0) imports without error. */
class VCardSamplesImportTest {
    static List<String> samples() {
        return VCardResources.SAMPLES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyCardOfTheSampleShouldImportAsAValidCardSkeleton(String sample) {
        List<ParsedVCard> parsed = new VCardParser().parse(VCardResources.sample(sample));

        assertThat(parsed).isNotEmpty();
        for (ParsedVCard vcard : parsed) {
            assertThat(vcard.problems()).as("problems of card %d", vcard.index()).isEmpty();
            ObjectNode card = new VCardToCard().convert(vcard);
            assertThat(card.get("@type").asText()).isEqualTo("Card");
            assertThat(card.get("version").asText()).isEqualTo("1.0");
            assertThat(card.get("uid").asText()).isNotBlank();
            // every content line ends up somewhere: nothing of the card is silently dropped
            assertThat(card.size()).isGreaterThan(3);
        }
    }
}
