package org.jmapx.contacts.vcard;

import java.util.List;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.method.MethodContext;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Calls the extension's own JMAP methods (ContactCard/set, /query, /get, AddressBook/get) by name. */
final class ContactCardCalls {
    private final List<JmapMethod> methods;

    ContactCardCalls(List<JmapMethod> methods) {
        this.methods = methods;
    }

    ObjectNode call(String name, ObjectNode arguments, MethodContext context) {
        JmapMethod method = methods.stream().filter(m -> m.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalStateException(name + " is not offered by this server"));
        try {
            return method.call(arguments, context);
        } catch (MethodErrorException e) {
            // the arguments are built here: a method error is a server bug, not the operator's input
            throw new IllegalStateException(name + " failed: " + e.getMessage(), e);
        }
    }

    void requireAddressBook(String addressBookId, MethodContext context) {
        ObjectNode arguments = JsonNodeFactory.instance.objectNode();
        arguments.put("accountId", context.primaryAccountId());
        arguments.putArray("ids").add(addressBookId);
        arguments.putArray("properties").add("id");
        if (call("AddressBook/get", arguments, context).path("list").isEmpty()) {
            throw new AddressBookNotFoundException(addressBookId);
        }
    }
}
