package org.jmapx.contacts.card;

import java.util.List;
import java.util.Set;

import org.jmapx.engine.query.QueryIndexSnapshot;

/** The keyed lookups of the ContactCard query index; each name always goes with the same key function. */
final class CardLookups {
    private CardLookups() {
    }

    static List<ContactCardView> inAddressBook(QueryIndexSnapshot<ContactCardView> snapshot, String addressBookId) {
        return snapshot.lookup("addressBookIds", ContactCardView::addressBookIds, addressBookId);
    }

    static List<ContactCardView> withUid(QueryIndexSnapshot<ContactCardView> snapshot, String uid) {
        return snapshot.lookup("uid", view -> view.uid() == null ? Set.<String>of() : Set.of(view.uid()), uid);
    }
}
