package org.jmapx.binding.sharing;

import java.util.Set;

import javax.inject.Inject;
import javax.inject.Provider;

import org.jmapx.contacts.ContactsExtension;
import org.jmapx.sharing.principal.AccountCapabilities;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JMAPX account capabilities of an account in a Principal's "accounts": every JMAPX data capability
 * for its owner or delegate, the capabilities of the shared types for a sharee (who may not create
 * address books there). James's own mail capabilities are left to the session resource.
 */
public class JamesAccountCapabilities implements AccountCapabilities {
    // a Provider: the contacts extension is built after the share listeners, ShareNotifications among them
    private final Provider<ContactsExtension> contacts;

    @Inject
    public JamesAccountCapabilities(Provider<ContactsExtension> contacts) {
        this.contacts = contacts;
    }

    @Override
    public ObjectNode of(String accountId, boolean owner, Set<String> sharedTypes) {
        ObjectNode capabilities = JsonNodeFactory.instance.objectNode();
        ContactsExtension extension = contacts.get();
        if (owner) {
            capabilities.set(extension.capability(), extension.accountCapability());
        } else if (sharedTypes.stream().anyMatch(ContactsExtension.TYPE_NAMES::contains)) {
            ObjectNode contactsCapability = extension.accountCapability().deepCopy();
            contactsCapability.put("mayCreateAddressBook", false);
            capabilities.set(extension.capability(), contactsCapability);
        }
        return capabilities;
    }
}
