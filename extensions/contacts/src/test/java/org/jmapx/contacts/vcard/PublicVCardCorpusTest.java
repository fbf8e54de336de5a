package org.jmapx.contacts.vcard;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files other software really wrote, copied from the test data of other projects
 * (src/test/resources/vcard/public-corpus/MANIFEST.md names the origin of each): every card of
 * every file is imported through the real ContactCard methods from the file's bytes, the address
 * book exports without skipping anything, and the export imported into another account gives the
 * same Cards.
 */
class PublicVCardCorpusTest {
    private static final String ROOT = "/vcard/public-corpus/";
    private static final Pattern MANIFEST_ROW = Pattern.compile("^\\| `([^`]+\\.vcf)` \\|", Pattern.MULTILINE);

    static List<String> corpus() {
        Matcher rows = MANIFEST_ROW.matcher(new String(bytes("MANIFEST.md"), java.nio.charset.StandardCharsets.UTF_8));
        return rows.results().map(row -> row.group(1)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCardShouldImportExportAndReimportWithNothingLost(String file) {
        VCardCorpusTest.Book first = new VCardCorpusTest.Book();
        ImportReport imported = first.importer.importInto(bytes(file), first.bookId, first.context);

        assertThat(imported.cards()).as(imported.toJson().toPrettyString())
            .isNotEmpty()
            .allSatisfy(card -> assertThat(card.status()).isEqualTo(CardOutcome.CREATED));
        VCardExport export = new VCardExporter(first.methods).export(first.bookId, first.context);
        assertThat(export.skipped()).isEmpty();
        VCardCorpusTest.Book second = new VCardCorpusTest.Book();
        ImportReport reimported = second.importer.importInto(export.vcf(), second.bookId, second.context);

        assertThat(reimported.created()).as(export.vcf()).isEqualTo(imported.created());
        assertThatJson(second.comparableCards()).as(export.vcf()).isEqualTo(first.comparableCards());
    }

    @Test
    void everyCorpusFileShouldBeNamedInTheManifest() throws IOException, URISyntaxException {
        Path root = Path.of(PublicVCardCorpusTest.class.getResource(ROOT).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<String> onDisk = files.filter(path -> path.toString().endsWith(".vcf"))
                .map(path -> root.relativize(path).toString().replace('\\', '/')).sorted().toList();
            assertThat(corpus()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    static byte[] bytes(String file) {
        try (InputStream in = PublicVCardCorpusTest.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + ROOT + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
