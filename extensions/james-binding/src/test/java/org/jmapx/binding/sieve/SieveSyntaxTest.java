package org.jmapx.binding.sieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SieveSyntaxTest {
    private final SieveSyntax syntax = new SieveSyntax();

    private static byte[] utf8(String script) {
        return script.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void extensionsShouldBeWhatJSieveRunsWithComparatorsAsRequireNamesThem() {
        assertThat(syntax.extensions()).containsExactly("log", "fileinto", "reject", "vacation",
            "comparator-i;ascii-numeric", "envelope", "body");
    }

    @Test
    void everyAdvertisedExtensionShouldBeAcceptedByRequire() {
        syntax.extensions().forEach(extension ->
            assertThat(syntax.problem(utf8("require \"" + extension + "\";\r\nkeep;\r\n"))).as(extension).isEmpty());
    }

    @Test
    void aValidScriptShouldHaveNoProblem() {
        assertThat(syntax.problem(utf8("require [\"fileinto\", \"reject\"];\nif header :contains \"subject\" \"x\" { fileinto \"A\"; }\n")))
            .isEmpty();
    }

    @Test
    void aGrammarErrorShouldGiveTheParsersLine() {
        assertThat(syntax.problem(utf8("keep;\n\nif true {\n  keep\n}\n"))).get().asString().contains("line 5");
    }

    @Test
    void anUnknownCommandShouldGiveTheLineNamingIt() {
        assertThat(syntax.problem(utf8("keep;\r\nfoo;\r\n"))).get().asString()
            .contains("Command named 'foo' not mapped").contains("(line 2)");
    }

    @Test
    void anUnsupportedRequireShouldBeAProblem() {
        assertThat(syntax.problem(utf8("require \"imap4flags\";\r\nkeep;\r\n"))).get().asString().contains("imap4flags").contains("line 1");
    }

    @Test
    void contentThatIsNotUtf8ShouldBeAProblem() {
        assertThat(syntax.problem(new byte[] {'k', 'e', 'e', 'p', (byte) 0xC3, ';'})).get().asString().contains("UTF-8");
    }

    @Test
    void anEmptyScriptShouldBeAProblem() {
        assertThat(syntax.problem(new byte[0])).get().asString().contains("empty");
    }
}
