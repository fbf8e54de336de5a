package org.jmapx.contacts.addressbook;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.set.SetHooks;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertySchema;
import org.jmapx.engine.type.TypeStorage;

/** The AddressBook of RFC 9610 section 2. */
public final class AddressBookType implements JmapType {
    public static final String NAME = "AddressBook";
    public static final String IS_DEFAULT = "isDefault";

    private static final PropertySchema SCHEMA = PropertySchema.builder()
        .requiredProperty("name")
        .propertyWithDefault("description", NullNode.getInstance())
        .propertyWithDefault("sortOrder", IntNode.valueOf(0))
        .serverSetProperty(IS_DEFAULT)
        .propertyWithDefault("isSubscribed", BooleanNode.TRUE)
        .propertyWithDefault("shareWith", NullNode.getInstance())
        .computedProperty("myRights")
        .build();

    private final AddressBookSetHooks setHooks;
    private final DefaultAddressBook defaultAddressBook = new DefaultAddressBook();

    public AddressBookType(AddressBookContents contents) {
        this.setHooks = new AddressBookSetHooks(contents);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String capability() {
        return ContactsCapability.URN;
    }

    @Override
    public PropertySchema schema() {
        return SCHEMA;
    }

    @Override
    public void prepareAccount(String accountId, TypeStorage storage) {
        defaultAddressBook.provision(accountId, storage);
    }

    @Override
    public ObjectNode computedProperties(String accountId, ObjectNode stored, MethodContext context) {
        ObjectNode computed = JsonNodeFactory.instance.objectNode();
        computed.set("myRights", AddressBookRights.ofOwner(stored));
        return computed;
    }

    @Override
    public SetHooks setHooks() {
        return setHooks;
    }
}
