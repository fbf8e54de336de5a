package org.jmapx.contacts.card;

import org.jmapx.contacts.addressbook.AddressBookType;
import org.jmapx.contacts.addressbook.ContactsCapability;
import org.jmapx.engine.access.Membership;
import org.jmapx.engine.query.QuerySupport;
import org.jmapx.engine.set.SetHooks;
import org.jmapx.engine.type.IdReference;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertyRule;
import org.jmapx.engine.type.PropertySchema;

import java.util.Optional;

/**
 * The ContactCard of RFC 9610 section 3: a JSContact Card (RFC 9553) plus "id" and "addressBookIds".
 * The schema is open: every JSContact property, known or not, is the card's own and kept as sent.
 * "uid" is immutable, so the one-card-per-uid rule is checked once, at creation.
 */
public final class ContactCardType implements JmapType {
    public static final String NAME = "ContactCard";

    private static final PropertySchema SCHEMA = PropertySchema.builder()
        .open()
        .idReferenceProperty(ContactCardCallHooks.ADDRESS_BOOK_IDS, IdReference.MAP_KEYS)
        .rule(new PropertyRule("uid", false, true, false, false, Optional.empty(), IdReference.NONE))
        .build();

    private static final Membership MEMBERSHIP = new Membership(AddressBookType.NAME, ContactCardCallHooks.ADDRESS_BOOK_IDS);

    private final SetHooks setHooks;
    private final QuerySupport querySupport;

    ContactCardType(CardDependencies dependencies) {
        this.setHooks = new ContactCardSetHooks(dependencies);
        this.querySupport = new ContactCardQuerySupport(dependencies.index());
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
    public Optional<Membership> membership() {
        return Optional.of(MEMBERSHIP);
    }

    @Override
    public SetHooks setHooks() {
        return setHooks;
    }

    @Override
    public QuerySupport querySupport() {
        return querySupport;
    }
}
