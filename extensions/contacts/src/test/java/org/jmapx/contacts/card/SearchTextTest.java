package org.jmapx.contacts.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {
    @ParameterizedTest
    @CsvSource({
        "Zoë, zoe",
        "ÉLODIE  Müller, elodie muller",
        "Łukasz, lukasz",
        "Søren, soren",
        "Straße, strasse",
        "Đorđe, dorde",
        "Ærø, aero",
        "plain, plain"
    })
    void normalizeShouldFoldCaseAccentsAndLettersWithoutADecomposition(String value, String expected) {
        assertThat(SearchText.normalize(value)).isEqualTo(expected);
    }
}
