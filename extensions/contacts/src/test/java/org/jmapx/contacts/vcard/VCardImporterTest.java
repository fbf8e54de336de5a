package org.jmapx.contacts.vcard;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.jmapx.contacts.ContactsExtension;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.SystemMethodContext;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.MemoryObjectStore;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Import and export through the real ContactCard methods on memory stores. */
class VCardImporterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<JmapMethod> methods = new ContactsExtension(new MemoryObjectStore(), new MemoryChangeLog(),
        StateChangeListener.NONE).methods();
    private final MethodContext context = new SystemMethodContext("alice@example.com", "account-" + UUID.randomUUID());
    private final VCardImporter importer = new VCardImporter(methods);
    private final String bookId = createAddressBook();

    @Test
    void importShouldCreateEveryCardOfTheFileInTheAddressBook() {
        ImportReport report = importer.importInto(VCardResources.sample("gmail-list.vcf"), bookId, context);

        assertThat(report.created()).isEqualTo(3);
        assertThat(cardsInBook()).hasSize(3).allSatisfy(card -> assertThat(card.path("addressBookIds").has(bookId)).isTrue());
    }

    @Test
    void importingTheSameFileTwiceShouldSkipEveryCardTheSecondTime() {
        String vcf = VCardResources.sample("John_Doe_ANDROID.vcf");
        ImportReport first = importer.importInto(vcf, bookId, context);

        ImportReport second = importer.importInto(vcf, bookId, context);

        assertThat(second.created()).isZero();
        assertThat(second.cards()).allSatisfy(card -> assertThat(card.reason()).isEqualTo("a card with this uid already exists"));
        assertThat(second.cards()).extracting(CardOutcome::id).containsExactlyElementsOf(first.cards().stream().map(CardOutcome::id).toList());
        assertThat(cardsInBook()).hasSize(first.cards().size());
    }

    @Test
    void aBrokenCardShouldBeReportedWhileTheValidCardsAreCreated() {
        String vcf = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:a\r\nFN:A\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:b\r\nFN:B\r\nNO COLON HERE\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:c\r\nFN:C\r\nEND:VCARD\r\n";

        ImportReport report = importer.importInto(vcf, bookId, context);

        assertThat(report.cards()).extracting(CardOutcome::status).containsExactly("created", "skipped", "created");
        assertThat(report.cards().get(1).reason()).startsWith("malformed vCard: line 10");
        assertThat(cardsInBook()).extracting(card -> card.path("uid").asText()).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void importIntoAnUnknownAddressBookShouldFailBeforeWritingAnything() {
        assertThatThrownBy(() -> importer.importInto(VCardResources.sample("gmail-list.vcf"), "nope", context))
            .isInstanceOf(AddressBookNotFoundException.class);
        assertThat(cardsInBook()).isEmpty();
    }

    @Test
    void exportThenImportIntoAnotherAccountShouldGiveTheSameCards() {
        importer.importInto(VCardResources.sample("John_Doe_IPHONE.vcf"), bookId, context);
        String exported = new VCardExporter(methods).export(bookId, context).vcf();
        VCardImporterTest other = new VCardImporterTest();

        other.importer.importInto(exported, other.bookId, other.context);

        assertThatJson(comparable(other.cardsInBook())).isEqualTo(comparable(cardsInBook()));
    }

    /**
     * Leaves out what belongs to the server or the file format rather than the contact: ids, the
     * "updated" the server sets on create, and the source VERSION (3.0 in, 4.0 out).
     */
    private static List<JsonNode> comparable(List<JsonNode> cards) {
        return cards.stream().map(card -> {
            ObjectNode copy = ((ObjectNode) card.deepCopy()).without(List.of("id", "addressBookIds", "updated"));
            if (copy.get("vCardProps") instanceof com.fasterxml.jackson.databind.node.ArrayNode props) {
                for (int i = props.size() - 1; i >= 0; i--) {
                    if (props.get(i).get(0).asText().equals("version")) {
                        props.remove(i);
                    }
                }
            }
            return (JsonNode) copy;
        }).toList();
    }

    private String createAddressBook() {
        ObjectNode response = call("AddressBook/set", "{\"create\":{\"b\":{\"name\":\"Imported\"}}}");
        return response.path("created").path("b").path("id").asText();
    }

    private List<JsonNode> cardsInBook() {
        ObjectNode ids = call("ContactCard/query", "{\"filter\":{\"inAddressBook\":\"" + bookId + "\"}}");
        ObjectNode get = MAPPER.createObjectNode();
        get.set("ids", ids.get("ids"));
        return List.copyOf(MAPPER.convertValue(call("ContactCard/get", get.toString()).get("list"), List.class).stream()
            .map(MAPPER::valueToTree).map(JsonNode.class::cast).toList());
    }

    private ObjectNode call(String name, String arguments) {
        try {
            ObjectNode args = (ObjectNode) MAPPER.readTree(arguments);
            args.put("accountId", context.primaryAccountId());
            return methods.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().call(args, context);
        } catch (Exception e) {
            throw new AssertionError(name + " failed", e);
        }
    }
}
