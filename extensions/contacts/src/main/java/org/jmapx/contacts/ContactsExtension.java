package org.jmapx.contacts;

import java.util.List;

import org.jmapx.contacts.addressbook.ContactsCapability;
import org.jmapx.contacts.addressbook.ContactsJmapMethods;
import org.jmapx.engine.extension.JmapExtension;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.ObjectStore;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** JMAP for Contacts (RFC 9610) as a server offers it: the capability, its methods and pushed types. */
public class ContactsExtension implements JmapExtension {
    public static final List<String> METHOD_NAMES = List.of("AddressBook/get", "AddressBook/changes", "AddressBook/set");
    public static final List<String> TYPE_NAMES = List.of("AddressBook");

    private final ContactsCapability capability = new ContactsCapability();
    private final List<JmapMethod> methods;

    public ContactsExtension(ObjectStore store, ChangeLog changeLog, StateChangeListener listener) {
        this.methods = new ContactsJmapMethods(store, changeLog, listener).methods();
    }

    @Override
    public String capability() {
        return ContactsCapability.URN;
    }

    @Override
    public ObjectNode accountCapability() {
        // the same for every account until sharing exists
        return capability.accountCapability(null);
    }

    @Override
    public List<JmapMethod> methods() {
        return methods;
    }

    @Override
    public List<String> typeNames() {
        return TYPE_NAMES;
    }
}
