package org.jmapx.contacts.vcard;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Imports a .vcf file into an address book through ContactCard/set, in batches of the core
 * maxObjectsInSet, so validation, uid uniqueness, the change log and push all apply. A card is
 * created whole or not at all; a card whose uid already exists in the account is skipped (importing
 * the same file twice creates nothing the second time).
 */
public final class VCardImporter {
    private final ContactCardCalls calls;
    private final VCardParser parser = new VCardParser();
    private final VCardToCard converter = new VCardToCard();

    public VCardImporter(List<JmapMethod> contactMethods) {
        this.calls = new ContactCardCalls(contactMethods);
    }

    /**
     * @throws VCardFormatException when the text holds no vCard at all
     * @throws AddressBookNotFoundException when the address book does not exist
     */
    public ImportReport importInto(String vcf, String addressBookId, MethodContext context) {
        calls.requireAddressBook(addressBookId, context);
        return importParsed(parser.parse(vcf), addressBookId, context);
    }

    /**
     * The file as it came over the wire: prefer this to the String form, because a .vcf file need
     * not be UTF-8 (Outlook's Windows-1252 and UTF-16, CHARSET=SHIFT_JIS lines; see VCardBytes).
     *
     * @throws VCardFormatException when the file holds no vCard at all
     * @throws AddressBookNotFoundException when the address book does not exist
     */
    public ImportReport importInto(byte[] vcf, String addressBookId, MethodContext context) {
        calls.requireAddressBook(addressBookId, context);
        return importParsed(parser.parse(vcf), addressBookId, context);
    }

    private ImportReport importParsed(List<ParsedVCard> parsed, String addressBookId, MethodContext context) {
        CardOutcome[] outcomes = new CardOutcome[parsed.size()];
        List<Pending> batch = new ArrayList<>();
        int batchSize = context.limits().maxObjectsInSet();
        for (ParsedVCard vcard : parsed) {
            ConvertedCard converted;
            try {
                converted = converter.convertLeniently(vcard);
            } catch (VCardFormatException e) {
                outcomes[vcard.index()] = skipped(vcard, null, null, "malformed vCard: " + e.getMessage(), vcard.warnings());
                continue;
            }
            ObjectNode card = converted.card();
            card.putObject("addressBookIds").put(addressBookId, true);
            batch.add(new Pending(vcard, card, converted.warnings()));
            if (batch.size() == batchSize) {
                create(batch, outcomes, context);
            }
        }
        create(batch, outcomes, context);
        return new ImportReport(List.of(outcomes));
    }

    private void create(List<Pending> batch, CardOutcome[] outcomes, MethodContext context) {
        if (batch.isEmpty()) {
            return;
        }
        ObjectNode arguments = JsonNodeFactory.instance.objectNode();
        arguments.put("accountId", context.primaryAccountId());
        ObjectNode create = arguments.putObject("create");
        batch.forEach(pending -> create.set("c" + pending.vcard().index(), pending.card()));
        ObjectNode response = calls.call("ContactCard/set", arguments, context);
        List<Pending> withoutPhotos = new ArrayList<>();
        for (Pending pending : batch) {
            String creationId = "c" + pending.vcard().index();
            String uid = pending.card().path("uid").asText();
            JsonNode created = response.path("created").get(creationId);
            JsonNode error = response.path("notCreated").get(creationId);
            if (created != null) {
                outcomes[pending.vcard().index()] = new CardOutcome(pending.vcard().index(), pending.vcard().firstLine(), uid,
                    CardOutcome.CREATED, created.path("id").asText(), null, pending.warnings());
            } else if (error != null && error.path("type").asText().equals("tooLarge") && InlineMedia.strip(pending.card())) {
                // Apple and Outlook embed photos of 100 KB and more: the contact matters more than its picture
                List<String> warnings = new ArrayList<>(pending.warnings());
                warnings.add("inline photos left out: " + error.path("description").asText("the card is too large"));
                withoutPhotos.add(new Pending(pending.vcard(), pending.card(), warnings));
            } else if (error != null && error.path("type").asText().equals("alreadyExists")) {
                outcomes[pending.vcard().index()] = skipped(pending.vcard(), uid, error.path("existingId").asText(null),
                    "a card with this uid already exists", pending.warnings());
            } else {
                outcomes[pending.vcard().index()] = skipped(pending.vcard(), uid, null, describe(error), pending.warnings());
            }
        }
        batch.clear();
        create(withoutPhotos, outcomes, context);
    }

    private static String describe(JsonNode error) {
        if (error == null) {
            return "not created";
        }
        StringBuilder text = new StringBuilder(error.path("type").asText("error"));
        if (error.has("description")) {
            text.append(": ").append(error.get("description").asText());
        }
        if (error.has("properties")) {
            List<String> properties = new ArrayList<>();
            for (Iterator<JsonNode> it = error.get("properties").elements(); it.hasNext(); ) {
                properties.add(it.next().asText());
            }
            text.append(" (properties: ").append(String.join(", ", properties)).append(')');
        }
        return text.toString();
    }

    private static CardOutcome skipped(ParsedVCard vcard, String uid, String id, String reason, List<String> warnings) {
        return new CardOutcome(vcard.index(), vcard.firstLine(), uid, CardOutcome.SKIPPED, id, reason, warnings);
    }

    private record Pending(ParsedVCard vcard, ObjectNode card, List<String> warnings) {
    }
}
