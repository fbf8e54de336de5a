package org.jmapx.it.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jmapx.it.JmapClient;
import org.jmapx.it.JmapxServerExtension;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The WebAdmin vCard routes over real HTTP (docs/contacts-vcard.md): import a .vcf into an address
 * book, export it back, and the cards are ContactCards a JMAP client sees.
 */
public interface VcardRoutesContract {
    String USING = "[\"urn:ietf:params:jmap:core\", \"urn:ietf:params:jmap:contacts\"]";

    JmapxServerExtension server();

    @Test
    default void importShouldCreateEveryCardAndReportIt() {
        VcardUser user = VcardUser.create(server());

        JsonNode report = JmapClient.parse(user.importVcf(threeCards()).body());

        assertThat(report.path("created").asInt()).isEqualTo(3);
        assertThat(report.path("cards")).allSatisfy(card -> assertThat(card.path("status").asText()).isEqualTo("created"));
        JsonNode cards = user.jmap("[[\"ContactCard/query\", {\"accountId\": \"%s\"}, \"q\"],"
            + "[\"ContactCard/get\", {\"accountId\": \"%1$s\", \"#ids\": {\"resultOf\": \"q\", \"name\": \"ContactCard/query\", \"path\": \"/ids\"}}, \"g\"]]");
        assertThat(cards.at("/methodResponses/1/1/list").findValuesAsText("full")).containsExactlyInAnyOrder("Ann Émile", "Bob", "Chloé");
    }

    @Test
    default void importingTheSameFileTwiceShouldNotDuplicateCards() {
        VcardUser user = VcardUser.create(server());
        user.importVcf(threeCards());

        JsonNode second = JmapClient.parse(user.importVcf(threeCards()).body());

        assertThat(second.path("created").asInt()).isZero();
        assertThat(second.path("skipped").asInt()).isEqualTo(3);
        assertThat(second.path("cards").findValuesAsText("reason")).containsOnly("a card with this uid already exists");
        JsonNode query = user.jmap("[[\"ContactCard/query\", {\"accountId\": \"%s\"}, \"q\"]]");
        assertThat(query.at("/methodResponses/0/1/ids")).hasSize(3);
    }

    @Test
    default void exportShouldGiveAVCard40FileThatImportsIntoAnotherAccountUnchanged() {
        VcardUser user = VcardUser.create(server());
        user.importVcf(threeCards());

        HttpResponse<String> export = user.send("GET", null);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/vcard"));
        assertThat(export.body()).contains("VERSION:4.0").contains("UID:urn:uuid:a1").contains("FN:Ann Émile");
        assertThat(export.body().split("BEGIN:VCARD", -1)).hasSize(4);
        VcardUser other = VcardUser.create(server());
        JsonNode report = JmapClient.parse(other.importVcf(export.body()).body());
        assertThat(report.path("created").asInt()).isEqualTo(3);
        // the server sets "updated" (REV) when it creates a card: everything else comes back line for line
        assertThat(contentLines(other.send("GET", null).body())).containsExactlyInAnyOrderElementsOf(contentLines(export.body()));
    }

    @Test
    default void cardsWithCosmeticDefectsShouldBeImportedWithWarningsAndTheBookShouldExportAndReimport() {
        VcardUser user = VcardUser.create(server());

        HttpResponse<String> imported = user.importVcf(defectiveCards());

        assertThat(imported.statusCode()).isEqualTo(200);
        JsonNode report = JmapClient.parse(imported.body());
        assertThat(report.path("created").asInt()).isEqualTo(4);
        assertThat(report.path("skipped").asInt()).isZero();
        assertThat(report.path("withWarnings").asInt()).isEqualTo(3);
        assertThat(report.at("/cards/0/warnings").toString()).contains("empty unit 1 of ORG left out", "empty NOTE left out", "empty TITLE left out");
        assertThat(report.at("/cards/1/warnings").toString()).contains("MEMBER on a card whose KIND is not group");
        assertThat(report.at("/cards/2/warnings").toString()).contains("no VERSION: read as vCard 2.1");
        assertThat(report.at("/cards/3/warnings").isMissingNode()).isTrue();

        HttpResponse<String> export = user.send("GET", null);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("X-JMAPX-Skipped-Cards")).isEmpty();
        assertThat(export.body().split("BEGIN:VCARD", -1)).hasSize(5);
        assertThat(export.body()).contains("item4.X-OTHER-VALUE:dotted name").contains("JSPROP;JSPTR=vCardProps:");
        VcardUser other = VcardUser.create(server());
        JsonNode again = JmapClient.parse(other.importVcf(export.body()).body());
        assertThat(again.path("created").asInt()).isEqualTo(4);
        assertThat(again.path("skipped").asInt()).isZero();
        assertThat(contentLines(other.send("GET", null).body())).containsExactlyInAnyOrderElementsOf(contentLines(export.body()));
    }

    /** Outlook 2003 writes vCard 2.1 in Windows-1252, raw or quoted-printable, without a CHARSET (public-corpus). */
    @Test
    default void aWindows1252FileShouldKeepItsAccentedLetters() {
        VcardUser user = VcardUser.create(server());
        byte[] outlook = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Nowak;Jan\r\nFN:Jan Nowak z Krak\u00f3wa\r\n"
            + "NOTE;ENCODING=QUOTED-PRINTABLE:Biuro w Krak=F3wie\r\nEND:VCARD\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));

        JsonNode report = JmapClient.parse(user.importVcfBytes(outlook).body());
        JsonNode cards = user.jmap("[[\"ContactCard/query\", {\"accountId\": \"%s\"}, \"q\"],"
            + "[\"ContactCard/get\", {\"accountId\": \"%1$s\", \"#ids\": {\"resultOf\": \"q\", \"name\": \"ContactCard/query\", \"path\": \"/ids\"}}, \"g\"]]");

        assertThat(report.path("created").asInt()).isEqualTo(1);
        assertThat(cards.at("/methodResponses/1/1/list").findValuesAsText("full")).containsExactly("Jan Nowak z Krak\u00f3wa");
        assertThat(cards.at("/methodResponses/1/1/list/0/notes").toString()).contains("Biuro w Krak\u00f3wie");
    }

    @Test
    default void aFileWithoutAnyVCardShouldBeRejectedWith400() {
        VcardUser user = VcardUser.create(server());

        HttpResponse<String> response = user.importVcf("this is not a vCard");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JmapClient.parse(response.body()).path("message").asText()).contains("no BEGIN:VCARD");
    }

    @Test
    default void aFileOverTenMebibytesShouldBeRejectedWith413() {
        VcardUser user = VcardUser.create(server());

        HttpResponse<String> response = user.importVcf(threeCards() + "X".repeat(10 * 1024 * 1024));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JmapClient.parse(response.body()).path("message").asText()).contains("more than the maximum");
        assertThat(user.jmap("[[\"ContactCard/query\", {\"accountId\": \"%s\"}, \"q\"]]").at("/methodResponses/0/1/ids")).isEmpty();
    }

    @Test
    default void aTenMegabyteFileWithOneBrokenCardShouldImportEveryValidCard() {
        VcardUser user = VcardUser.create(server());
        StringBuilder vcf = new StringBuilder();
        String note = "NOTE:" + "lorem ipsum ".repeat(160) + "\r\n";
        int count = 0;
        while (vcf.length() < 9_900_000) {
            vcf.append("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:big-").append(count).append("\r\nFN:Card ").append(count).append("\r\n");
            vcf.append(count == 1000 ? "THIS LINE HAS NO COLON\r\n" : note).append("END:VCARD\r\n");
            count++;
        }

        HttpResponse<String> response = user.importVcf(vcf.toString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JmapClient.parse(response.body());
        assertThat(report.path("created").asInt()).isEqualTo(count - 1);
        assertThat(report.path("skipped").asInt()).isEqualTo(1);
        JsonNode broken = report.path("cards").get(1000);
        assertThat(broken.path("status").asText()).isEqualTo("skipped");
        assertThat(broken.path("reason").asText()).contains("malformed vCard").contains("THIS LINE HAS NO COLON");
        JsonNode query = user.jmap("[[\"ContactCard/query\", {\"accountId\": \"%s\", \"filter\": {\"uid\": \"urn:uuid:big-1000\"}, \"calculateTotal\": true}, \"q\"],"
            + "[\"ContactCard/query\", {\"accountId\": \"%1$s\", \"calculateTotal\": true, \"limit\": 1}, \"all\"]]");
        assertThat(query.at("/methodResponses/0/1/total").asInt()).isZero();
        assertThat(query.at("/methodResponses/1/1/total").asInt()).isEqualTo(count - 1);
    }

    @Test
    default void unknownAddressBookAndUnknownUserShouldGive404() {
        VcardUser user = VcardUser.create(server());

        assertThat(user.send("POST", threeCards(), "/jmapx/contacts/" + user.username + "/addressbooks/nope/vcard").statusCode()).isEqualTo(404);
        assertThat(user.send("GET", null, "/jmapx/contacts/nobody@example.com/addressbooks/" + user.bookId + "/vcard").statusCode()).isEqualTo(404);
    }

    private static java.util.List<String> contentLines(String vcf) {
        return vcf.replace("\r\n ", "").lines().filter(line -> !line.startsWith("REV:") && !line.startsWith("CREATED:")).toList();
    }

    /** The defects of issue 9 as real clients write them: empty ORG unit/NOTE/TITLE, MEMBER without KIND, no VERSION, groups. */
    private static String defectiveCards() {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:d1\r\nFN:Ann Defect\r\nORG:ACME Inc.;\r\nNOTE:\r\nTITLE:\r\n"
            + "item1.EMAIL;TYPE=INTERNET:ann@acme.example\r\nitem1.X-ABLabel:Office\r\n"
            + "item2.ADR;TYPE=WORK:;;1 Main St;Springfield;;;\r\nitem2.X-ABADR:us\r\nitem2.X-ABLabel:Head office\r\n"
            + "item4.OTHER.VALUE:dotted name\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:d2\r\nFN:Team without kind\r\nMEMBER:urn:uuid:d1\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nN:Virtanen;Matti\r\nTEL;CELL:+358401234567\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:d4\r\nKIND:group\r\nFN:Real group\r\nMEMBER:urn:uuid:d1\r\nEND:VCARD\r\n";
    }

    private static String threeCards() {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:a1\r\nFN:Ann Émile\r\nN:Émile;Ann;;;\r\nEMAIL;TYPE=INTERNET,WORK:ann@example.com\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:b2\r\nFN:Bob\r\nTEL;TYPE=cell:+33 1 23 45 67 89\r\nX-FOO:kept\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Chloé\r\nADR;HOME:;;1 rue de la Paix;Paris;;75001;France\r\nEND:VCARD\r\n";
    }

    /** A fresh user with the id of its default address book, talking to WebAdmin and JMAP. */
    final class VcardUser {
        final String username;
        final String bookId;
        private final JmapClient client;
        private final String accountId;
        private final int webAdminPort;

        private VcardUser(String username, JmapClient client, String accountId, String bookId, int webAdminPort) {
            this.username = username;
            this.client = client;
            this.accountId = accountId;
            this.bookId = bookId;
            this.webAdminPort = webAdminPort;
        }

        static VcardUser create(JmapxServerExtension server) {
            String username = "vcard-" + UUID.randomUUID() + "@example.com";
            try {
                server.server().getProbe(org.apache.james.utils.DataProbeImpl.class).addUser(username, JmapxServerExtension.PASSWORD);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            JmapClient client = server.client(username);
            String accountId = client.sessionJson().path("primaryAccounts").path("urn:ietf:params:jmap:contacts").asText();
            JsonNode books = client.call("{\"using\": " + USING + ", \"methodCalls\": [[\"AddressBook/get\", {\"accountId\": \""
                + accountId + "\", \"ids\": null}, \"b\"]]}");
            return new VcardUser(username, client, accountId, books.at("/methodResponses/0/1/list/0/id").asText(), server.webAdminPort());
        }

        JsonNode jmap(String methodCalls) {
            return client.call("{\"using\": " + USING + ", \"methodCalls\": " + methodCalls.formatted(accountId) + "}");
        }

        HttpResponse<String> importVcf(String vcf) {
            return send("POST", vcf);
        }

        HttpResponse<String> importVcfBytes(byte[] vcf) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webAdminPort
                    + "/jmapx/contacts/" + username + "/addressbooks/" + bookId + "/vcard"))
                .header("Content-Type", "text/vcard")
                .POST(HttpRequest.BodyPublishers.ofByteArray(vcf)).build();
            try {
                return JmapClient.http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> send(String method, String body) {
            return send(method, body, "/jmapx/contacts/" + username + "/addressbooks/" + bookId + "/vcard");
        }

        HttpResponse<String> send(String method, String body, String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webAdminPort + path))
                .header("Content-Type", "text/vcard; charset=utf-8")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            try {
                return JmapClient.http().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
