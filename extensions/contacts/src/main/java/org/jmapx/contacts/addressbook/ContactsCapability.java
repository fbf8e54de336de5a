package org.jmapx.contacts.addressbook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The urn:ietf:params:jmap:contacts capability objects of RFC 9610 1.4.1, for the session resource. */
public final class ContactsCapability {
    public static final String URN = "urn:ietf:params:jmap:contacts";

    /** The value in the session's "capabilities": an empty object. */
    public ObjectNode sessionCapability() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * The value in an account's "accountCapabilities". No limit on books per card (null), and the
     * owner may create books (only owners reach an account until sharing exists).
     */
    public ObjectNode accountCapability(String accountId) {
        ObjectNode capability = JsonNodeFactory.instance.objectNode();
        capability.putNull("maxAddressBooksPerCard");
        capability.put("mayCreateAddressBook", true);
        return capability;
    }
}
