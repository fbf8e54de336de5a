package org.jmapx.contacts.card;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.contacts.addressbook.AddressBookContents;
import org.jmapx.engine.state.Change;

/**
 * The ContactCards of an AddressBook, found through the query index. Removing a book's contents
 * (RFC 9610 2.3 onDestroyRemoveContents) takes the book out of each card's addressBookIds and destroys
 * the cards left without a book, as one ContactCard change.
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
    public void removeContents(String accountId, String addressBookId) {
        synchronized (dependencies.cards().lock(accountId)) {
            List<String> ids = CardLookups.inAddressBook(dependencies.index().current(accountId, dependencies.cards()),
                addressBookId).stream().map(ContactCardView::id).toList();
            if (ids.isEmpty()) {
                return;
            }
            Map<String, ObjectNode> puts = new LinkedHashMap<>();
            Set<String> deletes = new LinkedHashSet<>();
            String now = dependencies.now();
            dependencies.cards().get(accountId, ids).forEach((id, card) -> {
                ObjectNode books = (ObjectNode) card.get(ContactCardCallHooks.ADDRESS_BOOK_IDS);
                books.remove(addressBookId);
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
}
