package org.jmapx.contacts.addressbook;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.DefaultContainer;
import org.jmapx.engine.access.RightsModel;
import org.jmapx.engine.access.RightsModel.Operation;
import org.jmapx.engine.access.Sharing;
import org.jmapx.engine.set.SetHooks;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertySchema;

/**
 * The AddressBook of RFC 9610 section 2: a shared container of ContactCards. RFC 9610 gives no right
 * for renaming a book; mayShare, the one administrative right, is needed for it (docs/contacts.md).
 */
public final class AddressBookType implements JmapType {
    public static final String NAME = "AddressBook";
    public static final String IS_DEFAULT = "isDefault";
    static final String DEFAULT_ID = "default";
    static final String DEFAULT_NAME = "Personal";

    private static final PropertySchema SCHEMA = PropertySchema.builder()
        .requiredProperty("name")
        .propertyWithDefault("description", NullNode.getInstance())
        .propertyWithDefault("sortOrder", IntNode.valueOf(0))
        .serverSetProperty(IS_DEFAULT)
        .propertyWithDefault("isSubscribed", BooleanNode.TRUE)
        .propertyWithDefault(Sharing.SHARE_WITH, NullNode.getInstance())
        .computedProperty(Sharing.MY_RIGHTS)
        .build();

    private static final RightsModel RIGHTS = RightsModel.builder()
        .right("mayRead", Operation.READ_ITEMS)
        .right("mayWrite", Operation.WRITE_ITEMS)
        .right("mayShare", Operation.SHARE, Operation.MODIFY_CONTAINER)
        .right("mayDelete", Operation.DELETE_CONTAINER)
        .build();

    /** isSubscribed SHOULD default to false for books of shared accounts (RFC 9610 2). */
    private static final Sharing SHARING = new Sharing(RIGHTS, Map.of("isSubscribed", BooleanNode.FALSE),
        Optional.of(new DefaultContainer(DEFAULT_ID, defaultBook(), IS_DEFAULT)));

    private final AddressBookSetHooks setHooks;

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
    public Optional<Sharing> sharing() {
        return Optional.of(SHARING);
    }

    @Override
    public SetHooks setHooks() {
        return setHooks;
    }

    private static ObjectNode defaultBook() {
        ObjectNode book = JsonNodeFactory.instance.objectNode();
        book.put("id", DEFAULT_ID);
        book.put("name", DEFAULT_NAME);
        book.putNull("description");
        book.put("sortOrder", 0);
        book.put(IS_DEFAULT, true);
        book.put("isSubscribed", true);
        book.putNull(Sharing.SHARE_WITH);
        return book;
    }
}
