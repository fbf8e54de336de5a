package org.jmapx.contacts.card;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.contacts.addressbook.AddressBookType;
import org.jmapx.contacts.jscontact.JSContact;
import org.jmapx.contacts.jscontact.Rules;
import org.jmapx.engine.query.QueryIndexSnapshot;
import org.jmapx.engine.set.SetError;
import org.jmapx.engine.set.SetHooks;
import org.jmapx.engine.set.SetWork;
import org.jmapx.engine.type.PropertyProblem;

/**
 * The ContactCard rules of one /set or /copy call (RFC 9610 3, RFC 9553). Everything it looks up
 * (address books, blobs, the uid index) is read once per call: a batch of 500 creates into one book
 * costs one address-book read, not 500. The call runs under the account's ContactCard write lock, so
 * nothing it cached can change under it in this JVM.
 */
final class ContactCardCallHooks implements SetHooks {
    static final String ADDRESS_BOOK_IDS = "addressBookIds";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> MANDATORY = List.of("@type", "version", "uid");

    private final CardDependencies dependencies;
    private final SetWork work;
    private final Map<String, Boolean> addressBookExists = new HashMap<>();
    private final Map<String, Optional<String>> blobTypes = new HashMap<>();
    private final Map<String, String> uidsCreatedByThisCall = new HashMap<>();
    private QueryIndexSnapshot<ContactCardView> cards;
    private Optional<String> defaultAddressBook;

    ContactCardCallHooks(CardDependencies dependencies, SetWork work) {
        this.dependencies = dependencies;
        this.work = work;
    }

    /**
     * The JSContact rules and the shape of addressBookIds, every problem at once. A record with an "id" is
     * an update (the engine gives a create its id after validation): it must still have the mandatory
     * properties, which a create may omit because {@link #fillServerSetProperties} fills them.
     */
    @Override
    public List<PropertyProblem> validate(ObjectNode card) {
        List<PropertyProblem> problems = new ArrayList<>(JSContact.validate(card));
        boolean update = card.has("id");
        if (update) {
            MANDATORY.forEach(name -> {
                if (!card.hasNonNull(name)) {
                    problems.add(new PropertyProblem(name, "is mandatory in a JSContact Card"));
                }
            });
        }
        JsonNode books = card.get(ADDRESS_BOOK_IDS);
        if (books == null && !update) {
            return problems; // a create without books goes to the default book
        }
        if (books == null || !books.isObject() || books.isEmpty()) {
            problems.add(new PropertyProblem(ADDRESS_BOOK_IDS, "a card belongs to at least one AddressBook (RFC 9610 3)"));
            return problems;
        }
        books.fields().forEachRemaining(entry -> {
            if (!Rules.isId(entry.getKey()) || !entry.getValue().isBoolean() || !entry.getValue().asBoolean()) {
                problems.add(new PropertyProblem(ADDRESS_BOOK_IDS + "/" + entry.getKey(), "must be an AddressBook id set to true"));
            }
        });
        dependencies.limits().maxAddressBooksPerCard().ifPresent(max -> {
            if (books.size() > max) {
                problems.add(new PropertyProblem(ADDRESS_BOOK_IDS, "at most " + max + " AddressBooks (maxAddressBooksPerCard)"));
            }
        });
        return problems;
    }

    /** "@type", "version", "uid" when missing (RFC 9553 makes them mandatory), timestamps, default book, media types. */
    @Override
    public void fillServerSetProperties(String accountId, ObjectNode card) {
        JSContact.fillMandatory(card);
        String now = dependencies.now();
        if (!card.has("created")) {
            card.put("created", now);
        }
        card.put("updated", now);
        if (!card.has(ADDRESS_BOOK_IDS)) {
            defaultAddressBook(accountId).ifPresent(id -> card.putObject(ADDRESS_BOOK_IDS).put(id, true));
        }
        fillMediaTypes(accountId, card);
    }

    /** "updated" is the time of the last change of the card's data (RFC 9553 2.1.10), kept by the server. */
    @Override
    public void updateServerSetProperties(String accountId, ObjectNode before, ObjectNode after) {
        fillMediaTypes(accountId, after);
        ObjectNode comparable = after.deepCopy();
        comparable.set("updated", before.get("updated"));
        if (!comparable.equals(before)) {
            after.put("updated", dependencies.now());
        }
    }

    @Override
    public Optional<SetError> checkWrite(String accountId, Optional<ObjectNode> before, ObjectNode after,
                                         ObjectNode arguments) {
        List<PropertyProblem> problems = new ArrayList<>();
        checkAddressBooks(accountId, after, problems);
        checkBlobs(accountId, before, after, problems);
        if (!problems.isEmpty()) {
            return Optional.of(SetError.invalidProperties(problems));
        }
        int octets = octets(after);
        if (octets > dependencies.limits().maxCardOctets()) {
            return Optional.of(SetError.tooLarge("The card is " + octets + " octets of JSON, more than the maximum of "
                + dependencies.limits().maxCardOctets()));
        }
        return Optional.empty();
    }

    /** RFC 9610 3: no two cards with the same uid in an account, counting the cards this call created. */
    @Override
    public Optional<String> findDuplicate(ObjectNode candidate, SetWork work) {
        String uid = candidate.path("uid").asText();
        String createdByThisCall = uidsCreatedByThisCall.get(uid);
        if (createdByThisCall != null) {
            return Optional.of(createdByThisCall);
        }
        Optional<String> stored = CardLookups.withUid(cards(), uid).stream().map(ContactCardView::id).findFirst();
        if (stored.isEmpty()) {
            // the engine creates the candidate right after this check succeeds
            uidsCreatedByThisCall.put(uid, candidate.path("id").asText());
        }
        return stored;
    }

    private void checkAddressBooks(String accountId, ObjectNode card, List<PropertyProblem> problems) {
        JsonNode books = card.get(ADDRESS_BOOK_IDS);
        if (books == null || !books.isObject() || books.isEmpty()) {
            problems.add(new PropertyProblem(ADDRESS_BOOK_IDS, "a card belongs to at least one AddressBook (RFC 9610 3)"));
            return;
        }
        books.fieldNames().forEachRemaining(id -> {
            if (!addressBookExists(accountId, id)) {
                problems.add(new PropertyProblem(ADDRESS_BOOK_IDS + "/" + id, "no such AddressBook"));
            }
        });
    }

    /**
     * New blobIds must name a blob of the account, and a photo or logo must be an image (RFC 9610 3.5
     * "MUST reject ... not a recognised image type"). Blobs a card already had are not checked again.
     */
    private void checkBlobs(String accountId, Optional<ObjectNode> before, ObjectNode card, List<PropertyProblem> problems) {
        card.path("media").fields().forEachRemaining(entry -> {
            JsonNode blobId = entry.getValue().path("blobId");
            if (!blobId.isTextual() || hadBlob(before, entry.getKey(), blobId.asText())) {
                return;
            }
            String path = "media/" + entry.getKey() + "/blobId";
            Optional<String> type = blobType(accountId, blobId.asText());
            String kind = entry.getValue().path("kind").asText();
            if (type.isEmpty()) {
                problems.add(new PropertyProblem(path, "no such blob: upload it first (RFC 8620 6.1)"));
            } else if ((kind.equals("photo") || kind.equals("logo")) && !type.get().toLowerCase().startsWith("image/")) {
                problems.add(new PropertyProblem(path, "a " + kind + " must be an image, this blob is " + type.get()));
            }
        });
    }

    /** RFC 9610 3: a Media with a blobId MUST have its mediaType; the blob's own type fills a missing one. */
    private void fillMediaTypes(String accountId, ObjectNode card) {
        card.path("media").forEach(media -> {
            if (media.isObject() && media.path("blobId").isTextual() && !media.has("mediaType")) {
                blobType(accountId, media.path("blobId").asText())
                    .ifPresent(type -> ((ObjectNode) media).put("mediaType", type));
            }
        });
    }

    private static boolean hadBlob(Optional<ObjectNode> before, String mediaId, String blobId) {
        return before.map(card -> blobId.equals(card.path("media").path(mediaId).path("blobId").asText(null)))
            .orElse(false);
    }

    private Optional<String> blobType(String accountId, String blobId) {
        return blobTypes.computeIfAbsent(blobId, id -> dependencies.blobs().mediaType(accountId, id));
    }

    private boolean addressBookExists(String accountId, String id) {
        return addressBookExists.computeIfAbsent(id,
            any -> !dependencies.addressBooks().get(accountId, List.of(id)).isEmpty());
    }

    private Optional<String> defaultAddressBook(String accountId) {
        if (defaultAddressBook == null) {
            defaultAddressBook = dependencies.addressBooks().all(accountId).stream()
                .filter(book -> book.path(AddressBookType.IS_DEFAULT).asBoolean(false))
                .map(book -> book.path("id").asText())
                .findFirst();
        }
        return defaultAddressBook;
    }

    private QueryIndexSnapshot<ContactCardView> cards() {
        if (cards == null) {
            cards = dependencies.index().current(work.accountId(), dependencies.cards());
        }
        return cards;
    }

    private static int octets(ObjectNode card) {
        try {
            return MAPPER.writeValueAsString(card).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a card is always writable as JSON", e);
        }
    }
}
