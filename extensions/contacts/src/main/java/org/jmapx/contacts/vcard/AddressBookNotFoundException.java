package org.jmapx.contacts.vcard;

/** The address book named in an import or export does not exist in the account. */
public class AddressBookNotFoundException extends RuntimeException {
    public AddressBookNotFoundException(String addressBookId) {
        super("address book " + addressBookId + " not found");
    }
}
