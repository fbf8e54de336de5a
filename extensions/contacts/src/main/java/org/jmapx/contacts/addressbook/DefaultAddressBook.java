package org.jmapx.contacts.addressbook;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * Accounts (per storage) whose AddressBook log is known to have left the initial state. A change
     * log never returns to its initial state (the Cassandra log keeps its latest state without TTL), so
     * this only saves the change-log read every ContactCard and AddressBook call would otherwise pay
     * (a Cassandra round trip); it never skips a needed provisioning, on any node.
     */
    private final Map<TypeStorage, Set<String>> provisioned = new ConcurrentHashMap<>();

    void provision(String accountId, TypeStorage storage) {
        Set<String> known = provisioned.computeIfAbsent(storage, any -> ConcurrentHashMap.newKeySet());
        if (known.contains(accountId)) {
            return;
        }
        if (!storage.state(accountId).equals(ChangeLog.INITIAL_STATE)) {
            known.add(accountId);
            return;
        }
        synchronized (storage.lock(accountId)) {
            if (storage.state(accountId).equals(ChangeLog.INITIAL_STATE)) {
                storage.commit(accountId, Map.of(ID, book()), Set.of(), Change.created(ID));
            }
        }
        known.add(accountId);
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
