package org.jmapx.contacts.addressbook;

import java.util.Set;
import java.util.function.Supplier;

/** The contents while ContactCards do not exist yet: every AddressBook is empty. */
public class NoAddressBookContents implements AddressBookContents {
    @Override
    public boolean hasContents(String accountId, String addressBookId) {
        return false;
    }

    @Override
    public String removeContentsThen(String accountId, Set<String> addressBookIds, Supplier<String> destroy) {
        return destroy.get();
    }
}
