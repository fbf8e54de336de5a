package org.jmapx.contacts.addressbook;

import java.util.List;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.StandardMethods;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.ObjectStore;

/**
 * The AddressBook methods alone (get, changes, set; the RFC defines no /query), with the contents the
 * caller gives: for tests and for assemblies without cards. The server uses
 * {@code org.jmapx.contacts.card.ContactCardMethods}, which adds the ContactCard methods.
 */
public final class ContactsJmapMethods {
    private final StandardMethods addressBooks;

    public ContactsJmapMethods(ObjectStore store, ChangeLog changeLog, StateChangeListener listener,
                               AddressBookContents contents) {
        this.addressBooks = new StandardMethods(new AddressBookType(contents), store, changeLog, listener);
    }

    /** With no ContactCards yet: every book is empty. */
    public ContactsJmapMethods(ObjectStore store, ChangeLog changeLog, StateChangeListener listener) {
        this(store, changeLog, listener, new NoAddressBookContents());
    }

    public List<JmapMethod> methods() {
        return List.of(addressBooks.get(), addressBooks.changes(), addressBooks.set());
    }
}
