package org.jmapx.contacts.addressbook;

/** The contents while ContactCards do not exist yet: every AddressBook is empty. */
public class NoAddressBookContents implements AddressBookContents {
    @Override
    public boolean hasContents(String accountId, String addressBookId) {
        return false;
    }

    @Override
    public void removeContents(String accountId, String addressBookId) {
    }
}
