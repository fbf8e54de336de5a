package org.jmapx.contacts.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Files as they come over the wire are not always UTF-8: real files of the public corpus
 * (public-corpus/MANIFEST.md) with Outlook's Windows-1252, Shift_JIS and UTF-16 are read with the
 * character set of each line.
 */
class VCardCharsetImportTest {

    @Test
    void outlookLineWithoutCharsetShouldBeReadAsWindows1252WithAWarning() {
        VCardCorpusTest.Book book = new VCardCorpusTest.Book();
        ImportReport report = book.importer.importInto(PublicVCardCorpusTest.bytes("folkerkinzel-vcards/AnsiIssue.vcf"), book.bookId, book.context);

        assertThat(onlyCard(book).at("/addresses").toString()).contains("\"Lämmerweg 12\"");
        assertThat(report.cards().get(0).warnings()).contains("ADR is neither UTF-8 nor marked with CHARSET: read as Windows-1252");
    }

    @Test
    void outlookFileMixingWindows1252AndUtf8LinesShouldDecodeEachLineWithItsCharset() {
        VCardCorpusTest.Book book = new VCardCorpusTest.Book();
        book.importer.importInto(PublicVCardCorpusTest.bytes("folkerkinzel-vcards/LabelIssue.vcf"), book.bookId, book.context);

        JsonNode card = onlyCard(book);
        assertThat(card.at("/addresses").toString()).contains("Business-Straße 19").doesNotContain("\uFFFD");
        assertThat(card.at("/vCardProps").toString()).contains("äftlic").doesNotContain("Ã");
    }

    @Test
    void shiftJisLinesShouldBeDecodedWithTheirCharset() {
        VCardCorpusTest.Book book = new VCardCorpusTest.Book();
        book.importer.importInto(PublicVCardCorpusTest.bytes("aosp-vcard/v21_japanese_2.vcf"), book.bookId, book.context);

        JsonNode card = onlyCard(book);
        assertThat(card.at("/name/full").asText()).isEqualTo("安藤 ロイド 1");
        assertThat(card.at("/notes").toString()).contains("メモ");
    }

    @Test
    void quotedPrintableWithoutCharsetThatIsNotUtf8ShouldBeReadAsWindows1252() {
        VCardCorpusTest.Book book = new VCardCorpusTest.Book();
        book.importer.importInto(PublicVCardCorpusTest.bytes("ical4j-vcard/vcard-antoni-outlook2003.vcf"), book.bookId, book.context);

        assertThat(onlyCard(book).toString()).contains("Kraków").doesNotContain("\uFFFD");
    }

    @Test
    void utf16WithByteOrderMarkShouldBeRead() {
        VCardCorpusTest.Book book = new VCardCorpusTest.Book();
        byte[] file = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Groß\r\nEND:VCARD\r\n", StandardCharsets.UTF_16LE);

        book.importer.importInto(file, book.bookId, book.context);

        assertThat(onlyCard(book).at("/name/full").asText()).isEqualTo("Jürgen Groß");
    }

    @Test
    void utf8ByteOrderMarkShouldNotBreakTheFirstLine() {
        VCardCorpusTest.Book book = new VCardCorpusTest.Book();
        byte[] file = withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Groß\r\nEND:VCARD\r\n", StandardCharsets.UTF_8);

        ImportReport report = book.importer.importInto(file, book.bookId, book.context);

        assertThat(report.created()).isEqualTo(1);
        assertThat(onlyCard(book).at("/name/full").asText()).isEqualTo("Jürgen Groß");
    }

    @Test
    void commentLikeLinesShouldBeIgnoredWithAWarningNotCostTheCard() {
        VCardCorpusTest.Book book = new VCardCorpusTest.Book();
        ImportReport report = book.importer.importInto(PublicVCardCorpusTest.bytes("aosp-vcard/v21_invalid_comment_line.vcf"), book.bookId, book.context);

        assertThat(report.cards().get(0).status()).isEqualTo(CardOutcome.CREATED);
        assertThat(report.cards().get(0).warnings()).contains("line 6 without a colon starting with # ignored");
        assertThat(onlyCard(book).at("/notes").toString()).contains("#<- sharp) example. This message must NOT be ignored.");
    }

    @Test
    void cardOverTheSizeLimitBecauseOfItsPhotoShouldBeImportedWithoutThePhoto() {
        VCardCorpusTest.Book book = new VCardCorpusTest.Book();
        ImportReport report = book.importer.importInto(
            PublicVCardCorpusTest.bytes("apple-ccs-calendarserver/F0A6918D-8E09-43FA-9684-226810B8A96F.vcf"), book.bookId, book.context);

        assertThat(report.cards().get(0).status()).isEqualTo(CardOutcome.CREATED);
        assertThat(report.cards().get(0).warnings()).anySatisfy(warning -> assertThat(warning).startsWith("inline photos left out: "));
        JsonNode card = onlyCard(book);
        assertThat(card.has("media")).isFalse();
        assertThat(card.at("/name/full").asText()).isNotEmpty();
    }

    @Test
    void base64ParameterWithoutNameShouldGiveAnInlinePhoto() {
        VCardCorpusTest.Book book = new VCardCorpusTest.Book();
        book.importer.importInto(PublicVCardCorpusTest.bytes("sabre-vobject/issue153.vcf"),
            book.bookId, book.context);

        JsonNode photo = onlyCard(book).at("/media/PHOTO-1");
        assertThat(photo.path("uri").asText()).startsWith("data:application/octet-stream;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/").doesNotContain(" ");
        assertThat(photo.has("mediaType")).isFalse();
    }

    private static JsonNode onlyCard(VCardCorpusTest.Book book) {
        assertThat(book.comparableCards()).hasSize(1);
        return book.comparableCards().values().iterator().next();
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
