package org.jmapx.contacts.addressbook;

/**
 * The ContactCards of an AddressBook, as AddressBook/set needs them for destroy (RFC 9610 2.3,
 * onDestroyRemoveContents). ContactCard storage implements it once cards exist.
 */
public interface AddressBookContents {
    boolean hasContents(String accountId, String addressBookId);

    /** Takes every card out of the book, destroying the cards that belong to no other book. */
    void removeContents(String accountId, String addressBookId);
}
