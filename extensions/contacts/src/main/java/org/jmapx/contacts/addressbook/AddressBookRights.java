package org.jmapx.contacts.addressbook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The myRights of RFC 9610 2: what the server really lets the user do. Only owners reach an
 * account until sharing exists, so they may read and write; nobody may share (no RFC 9670 yet);
 * the default book may not be deleted, so that the account always keeps one.
 */
final class AddressBookRights {
    private AddressBookRights() {
    }

    static ObjectNode ofOwner(ObjectNode addressBook) {
        return JsonNodeFactory.instance.objectNode()
            .put("mayRead", true)
            .put("mayWrite", true)
            .put("mayShare", false)
            .put("mayDelete", !addressBook.path(AddressBookType.IS_DEFAULT).asBoolean(false));
    }
}
