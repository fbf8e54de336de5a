package org.jmapx.contacts.addressbook;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.state.Change;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.type.TypeStorage;

/**
 * Gives every account its "Personal" AddressBook on first access. "First" means the AddressBook
 * change log of the account is still at its initial state, so the book is provisioned once even
 * if the user later destroys it, and its creation is a visible change for /changes and push.
 * The fixed id makes concurrent provisioning converge on one book, even across James nodes.
 */
final class DefaultAddressBook {
    static final String ID = "default";
    static final String NAME = "Personal";

    void provision(String accountId, TypeStorage storage) {
        if (!storage.state(accountId).equals(ChangeLog.INITIAL_STATE)) {
            return;
        }
        synchronized (storage.lock(accountId)) {
            if (storage.state(accountId).equals(ChangeLog.INITIAL_STATE)) {
                storage.commit(accountId, Map.of(ID, book()), Set.of(), Change.created(ID));
            }
        }
    }

    private static ObjectNode book() {
        ObjectNode book = JsonNodeFactory.instance.objectNode();
        book.put("id", ID);
        book.put("name", NAME);
        book.putNull("description");
        book.put("sortOrder", 0);
        book.put(AddressBookType.IS_DEFAULT, true);
        book.put("isSubscribed", true);
        book.putNull("shareWith");
        return book;
    }
}
