package org.jmapx.binding.sieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptNamesTest {
    @Test
    void aPlainUnicodeNameShouldBeAccepted() {
        assertThat(ScriptNames.problem("Régles d'été", 512)).isEmpty();
    }

    @Test
    void controlCharactersAndSeparatorsShouldBeRefusedAsRfc9661Asks() {
        assertThat(ScriptNames.problem("a\u0000b", 512)).isPresent();
        assertThat(ScriptNames.problem("a\u007Fb", 512)).isPresent();
        assertThat(ScriptNames.problem("a\u0085b", 512)).isPresent();
        assertThat(ScriptNames.problem("a\u2028b", 512)).isPresent();
        assertThat(ScriptNames.problem("a\u2029b", 512)).isPresent();
    }

    @Test
    void theLimitShouldCountOctetsNotCharacters() {
        assertThat(ScriptNames.problem("é".repeat(256), 512)).isEmpty();
        assertThat(ScriptNames.problem("é".repeat(257), 512)).isPresent();
    }

    @Test
    void emptyNamesAndSlashesShouldBeRefused() {
        assertThat(ScriptNames.problem("", 512)).isPresent();
        assertThat(ScriptNames.problem("a/b", 512)).isPresent();
    }
}
