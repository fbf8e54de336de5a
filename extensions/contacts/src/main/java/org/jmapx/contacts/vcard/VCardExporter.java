package org.jmapx.contacts.vcard;

import java.util.ArrayList;
import java.util.List;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Exports the cards of an address book as one vCard 4.0 stream, read through ContactCard/query and
 * ContactCard/get. The JMAP-only properties id and addressBookIds are left out: they name objects
 * of this server, not of the contact.
 */
public final class VCardExporter {
    private final ContactCardCalls calls;
    private final CardToVCard writer = new CardToVCard();

    public VCardExporter(List<JmapMethod> contactMethods) {
        this.calls = new ContactCardCalls(contactMethods);
    }

    /**
     * Every card of the book that can be written; one card that cannot never fails the others, it
     * is reported in {@link VCardExport#skipped()} with its id.
     *
     * @throws AddressBookNotFoundException when the address book does not exist
     */
    public VCardExport export(String addressBookId, MethodContext context) {
        calls.requireAddressBook(addressBookId, context);
        List<String> ids = ids(addressBookId, context);
        List<ObjectNode> cards = new ArrayList<>();
        List<String> cardIds = new ArrayList<>();
        int chunk = context.limits().maxObjectsInGet();
        for (int from = 0; from < ids.size(); from += chunk) {
            ObjectNode arguments = JsonNodeFactory.instance.objectNode();
            arguments.put("accountId", context.primaryAccountId());
            ArrayNode idArray = arguments.putArray("ids");
            ids.subList(from, Math.min(ids.size(), from + chunk)).forEach(idArray::add);
            for (JsonNode card : calls.call("ContactCard/get", arguments, context).path("list")) {
                cardIds.add(card.path("id").asText());
                ObjectNode copy = (ObjectNode) card.deepCopy();
                copy.remove(List.of("id", "addressBookIds"));
                cards.add(copy);
            }
        }
        VCardExport written = writer.writeAll(cards);
        return new VCardExport(written.vcf(), written.skipped().stream()
            .map(skip -> new VCardExport.SkippedCard(skip.index(), cardIds.get(skip.index()), skip.uid(), skip.reason()))
            .toList());
    }

    private List<String> ids(String addressBookId, MethodContext context) {
        List<String> ids = new ArrayList<>();
        while (true) {
            ObjectNode arguments = JsonNodeFactory.instance.objectNode();
            arguments.put("accountId", context.primaryAccountId());
            arguments.putObject("filter").put("inAddressBook", addressBookId);
            arguments.put("position", ids.size());
            ObjectNode response = calls.call("ContactCard/query", arguments, context);
            JsonNode page = response.path("ids");
            page.forEach(id -> ids.add(id.asText()));
            if (page.isEmpty()) {
                return ids;
            }
        }
    }
}
