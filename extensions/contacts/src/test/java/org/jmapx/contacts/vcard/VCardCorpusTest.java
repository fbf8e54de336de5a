package org.jmapx.contacts.vcard;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jmapx.contacts.ContactsExtension;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.SystemMethodContext;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.MemoryObjectStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The ez-vcard samples (real exports) and the hand-written imitations of real-world/ (see
 * src/test/resources/vcard/README.md; real files of other software: PublicVCardCorpusTest):
 * every card of every file is imported through the real ContactCard methods, the address book
 * exports without skipping anything, and the export imported into another account gives the same
 * Cards (minus what the server sets: id, addressBookIds, updated, and the source VERSION).
 */
class VCardCorpusTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<String> corpus() {
        List<String> files = new ArrayList<>();
        VCardResources.SAMPLES.forEach(sample -> files.add("ez-vcard-samples/" + sample));
        files.addAll(VCardResources.REAL_WORLD.stream().map(file -> "real-world/" + file).toList());
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCardShouldImportExportAndReimportWithNothingLost(String file) {
        Book first = new Book();
        ImportReport imported = first.importer.importInto(VCardResources.read(file), first.bookId, first.context);

        assertThat(imported.cards()).as(imported.toJson().toPrettyString())
            .allSatisfy(card -> assertThat(card.status()).isEqualTo(CardOutcome.CREATED));
        VCardExport export = new VCardExporter(first.methods).export(first.bookId, first.context);
        assertThat(export.skipped()).isEmpty();
        Book second = new Book();
        ImportReport reimported = second.importer.importInto(export.vcf(), second.bookId, second.context);

        assertThat(reimported.created()).as(export.vcf()).isEqualTo(imported.created());
        assertThatJson(second.comparableCards()).as(export.vcf()).isEqualTo(first.comparableCards());
    }

    /** One account with one address book on memory stores. */
    static final class Book {
        final List<JmapMethod> methods = new ContactsExtension(new MemoryObjectStore(), new MemoryChangeLog(),
            StateChangeListener.NONE).methods();
        final MethodContext context = new SystemMethodContext("alice@example.com", "account-" + UUID.randomUUID());
        final VCardImporter importer = new VCardImporter(methods);
        final String bookId = call("AddressBook/set", "{\"create\":{\"b\":{\"name\":\"Imported\"}}}").at("/created/b/id").asText();

        /** The cards by uid, without what the server sets or the file format decides. */
        Map<String, JsonNode> comparableCards() {
            ObjectNode ids = call("ContactCard/query", "{\"filter\":{\"inAddressBook\":\"" + bookId + "\"}}");
            ObjectNode get = MAPPER.createObjectNode();
            get.set("ids", ids.get("ids"));
            Map<String, JsonNode> cards = new TreeMap<>();
            for (JsonNode card : call("ContactCard/get", get.toString()).get("list")) {
                ObjectNode copy = VCardResources.withoutVersionProp((ObjectNode) card).without(List.of("id", "addressBookIds", "updated"));
                cards.put(copy.path("uid").asText(), copy);
            }
            return cards;
        }

        ObjectNode call(String name, String arguments) {
            try {
                ObjectNode args = (ObjectNode) MAPPER.readTree(arguments);
                args.put("accountId", context.primaryAccountId());
                return methods.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().call(args, context);
            } catch (Exception e) {
                throw new AssertionError(name + " failed", e);
            }
        }
    }
}
