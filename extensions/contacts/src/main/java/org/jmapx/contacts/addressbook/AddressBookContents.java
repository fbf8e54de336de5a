package org.jmapx.contacts.addressbook;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The ContactCards of an AddressBook, as AddressBook/set needs them for destroy (RFC 9610 2.3,
 * onDestroyRemoveContents). ContactCard storage implements it once cards exist.
 */
public interface AddressBookContents {
    boolean hasContents(String accountId, String addressBookId);

    /**
     * Takes every card out of the books, destroying the cards that belong to no other book, as one
     * ContactCard change; then runs {@code destroy} (the commit destroying the books) while no card
     * can be added to them.
     */
    String removeContentsThen(String accountId, Set<String> addressBookIds, Supplier<String> destroy);
}
