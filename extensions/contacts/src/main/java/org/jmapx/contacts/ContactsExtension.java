package org.jmapx.contacts;

import java.time.Clock;
import java.util.List;

import org.jmapx.contacts.addressbook.ContactsCapability;
import org.jmapx.contacts.card.BlobExistence;
import org.jmapx.contacts.card.CardLimits;
import org.jmapx.contacts.card.ContactCardMethods;
import org.jmapx.engine.access.Principals;
import org.jmapx.engine.access.ShareListener;
import org.jmapx.engine.extension.JmapExtension;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.engine.store.RollbackCommitter;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** JMAP for Contacts (RFC 9610) as a server offers it: the capability, its methods and pushed types. */
public class ContactsExtension implements JmapExtension {
    public static final List<String> METHOD_NAMES = List.of("AddressBook/get", "AddressBook/changes", "AddressBook/set",
        "ContactCard/get", "ContactCard/changes", "ContactCard/set", "ContactCard/query", "ContactCard/queryChanges",
        "ContactCard/copy");
    public static final List<String> TYPE_NAMES = List.of("AddressBook", "ContactCard");

    private final ContactsCapability capability;
    private final ContactCardMethods contactCardMethods;
    private final List<JmapMethod> methods;

    public ContactsExtension(ObjectStore store, ChangeLog changeLog, Committer committer, StateChangeListener listener,
                             BlobExistence blobs, CardLimits limits) {
        this(store, changeLog, committer, listener, blobs, limits, Principals.ANY, ShareListener.NONE);
    }

    /** Books shareable with {@code principals}; grant changes go to {@code shareListener}. */
    public ContactsExtension(ObjectStore store, ChangeLog changeLog, Committer committer, StateChangeListener listener,
                             BlobExistence blobs, CardLimits limits, Principals principals, ShareListener shareListener) {
        this.capability = new ContactsCapability(limits.maxAddressBooksPerCard());
        this.contactCardMethods = new ContactCardMethods(store, changeLog, committer, listener, blobs, limits,
            Clock.systemUTC(), principals, shareListener);
        this.methods = contactCardMethods.methods();
    }

    /** On stores in this JVM, whose commits roll back on failure (tests, benchmarks). */
    public ContactsExtension(ObjectStore store, ChangeLog changeLog, StateChangeListener listener,
                             BlobExistence blobs, CardLimits limits) {
        this(store, changeLog, new RollbackCommitter(store, changeLog), listener, blobs, limits);
    }

    /** Without uploads: a Media blobId is then always unknown. */
    public ContactsExtension(ObjectStore store, ChangeLog changeLog, StateChangeListener listener) {
        this(store, changeLog, new RollbackCommitter(store, changeLog), listener, BlobExistence.NONE, CardLimits.DEFAULT);
    }

    /** The ContactCard side (its storage and query index), for other parts of the extension such as vCard import. */
    public ContactCardMethods contactCards() {
        return contactCardMethods;
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
