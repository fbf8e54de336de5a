package org.jmapx.contacts.addressbook;

import java.util.OptionalInt;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The urn:ietf:params:jmap:contacts capability objects of RFC 9610 1.4.1, for the session resource. */
public final class ContactsCapability {
    public static final String URN = "urn:ietf:params:jmap:contacts";

    private final OptionalInt maxAddressBooksPerCard;

    public ContactsCapability(OptionalInt maxAddressBooksPerCard) {
        this.maxAddressBooksPerCard = maxAddressBooksPerCard;
    }

    /** No limit on the books of a card. */
    public ContactsCapability() {
        this(OptionalInt.empty());
    }

    /** The value in the session's "capabilities": an empty object. */
    public ObjectNode sessionCapability() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * The value in an account's "accountCapabilities": the limit on books per card (null: none), and the
     * owner may create books (only owners reach an account until sharing exists).
     */
    public ObjectNode accountCapability(String accountId) {
        ObjectNode capability = JsonNodeFactory.instance.objectNode();
        if (maxAddressBooksPerCard.isPresent()) {
            capability.put("maxAddressBooksPerCard", maxAddressBooksPerCard.getAsInt());
        } else {
            capability.putNull("maxAddressBooksPerCard");
        }
        capability.put("mayCreateAddressBook", true);
        return capability;
    }
}
