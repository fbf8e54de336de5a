package org.jmapx.contacts.card;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.contacts.addressbook.AddressBookContents;
import org.jmapx.engine.state.Change;

/**
 * The ContactCards of an AddressBook, found through the query index. Removing a book's contents
 * (RFC 9610 2.3 onDestroyRemoveContents) takes the books out of each card's addressBookIds and destroys
 * the cards left without a book, as one ContactCard change committed before the books are destroyed
 * (docs/adr/0010).
 */
public final class CardAddressBookContents implements AddressBookContents {
    private CardDependencies dependencies;

    /** Set once the ContactCard side exists (the AddressBook type is built first). */
    void bind(CardDependencies dependencies) {
        this.dependencies = dependencies;
    }

    @Override
    public boolean hasContents(String accountId, String addressBookId) {
        return !CardLookups.inAddressBook(dependencies.index().current(accountId, dependencies.cards()), addressBookId)
            .isEmpty();
    }

    @Override
    public String removeContentsThen(String accountId, Set<String> addressBookIds, Supplier<String> destroy) {
        // the card lock is held until the books are destroyed: a ContactCard/set cannot add a card meanwhile
        synchronized (dependencies.cards().lock(accountId)) {
            Set<String> ids = new LinkedHashSet<>();
            addressBookIds.forEach(book -> CardLookups.inAddressBook(dependencies.index().current(accountId, dependencies.cards()), book)
                .forEach(card -> ids.add(card.id())));
            if (!ids.isEmpty()) {
                commitRemoval(accountId, addressBookIds, ids);
            }
            return destroy.get();
        }
    }

    private void commitRemoval(String accountId, Set<String> addressBookIds, Set<String> ids) {
        Map<String, ObjectNode> puts = new LinkedHashMap<>();
        Set<String> deletes = new LinkedHashSet<>();
        String now = dependencies.now();
        dependencies.cards().get(accountId, ids).forEach((id, card) -> {
            ObjectNode books = (ObjectNode) card.get(ContactCardCallHooks.ADDRESS_BOOK_IDS);
            addressBookIds.forEach(books::remove);
            if (books.isEmpty()) {
                deletes.add(id);
            } else {
                card.put("updated", now);
                puts.put(id, card);
            }
        });
        dependencies.cards().commit(accountId, puts, deletes, new Change(Set.of(), puts.keySet(), deletes));
    }
}
