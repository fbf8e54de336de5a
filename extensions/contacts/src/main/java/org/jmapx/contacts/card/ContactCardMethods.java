package org.jmapx.contacts.card;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jmapx.contacts.addressbook.AddressBookType;
import org.jmapx.engine.access.Principals;
import org.jmapx.engine.access.ShareListener;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.StandardMethods;
import org.jmapx.engine.query.QueryIndex;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.engine.store.RollbackCommitter;
import org.jmapx.engine.type.TypeStorage;

/**
 * The methods of RFC 9610 with ContactCards: AddressBook/get, /changes, /set, whose destroy now sees
 * the cards, and the six ContactCard methods. Both types share the store and change log they are given.
 */
public final class ContactCardMethods {
    private final StandardMethods addressBooks;
    private final StandardMethods cards;
    private final QueryIndex<ContactCardView> index;

    /** On stores in this JVM, whose commits roll back on failure (tests, benchmarks). */
    public ContactCardMethods(ObjectStore store, ChangeLog changeLog, StateChangeListener listener,
                              BlobExistence blobs, CardLimits limits, Clock clock) {
        this(store, changeLog, new RollbackCommitter(store, changeLog), listener, blobs, limits, clock);
    }

    /** Books shareable with any principal id, grant changes announced to nobody (tests, benchmarks). */
    public ContactCardMethods(ObjectStore store, ChangeLog changeLog, Committer committer, StateChangeListener listener,
                              BlobExistence blobs, CardLimits limits, Clock clock) {
        this(store, changeLog, committer, listener, blobs, limits, clock, Principals.ANY, ShareListener.NONE);
    }

    /** Books shareable with {@code principals}; grant changes go to {@code shareListener}. */
    public ContactCardMethods(ObjectStore store, ChangeLog changeLog, Committer committer, StateChangeListener listener,
                              BlobExistence blobs, CardLimits limits, Clock clock, Principals principals,
                              ShareListener shareListener) {
        TypeStorage cardStorage = new TypeStorage(ContactCardType.NAME, store, changeLog, committer, listener);
        this.index = new QueryIndex<>(ContactCardViews::of, limits.maxIndexedCards());
        CardAddressBookContents contents = new CardAddressBookContents();
        AddressBookType addressBookType = new AddressBookType(contents);
        this.addressBooks = new StandardMethods(addressBookType,
            new TypeStorage(AddressBookType.NAME, store, changeLog, committer, listener), principals, shareListener);
        CardDependencies dependencies = new CardDependencies(addressBooks.storage(), cardStorage, index, blobs,
            limits, clock);
        contents.bind(dependencies);
        this.cards = StandardMethods.itemsIn(addressBooks, new ContactCardType(dependencies), cardStorage);
    }

    public ContactCardMethods(ObjectStore store, ChangeLog changeLog, StateChangeListener listener,
                              BlobExistence blobs, CardLimits limits) {
        this(store, changeLog, listener, blobs, limits, Clock.systemUTC());
    }

    public List<JmapMethod> methods() {
        List<JmapMethod> methods = new ArrayList<>(List.of(addressBooks.get(), addressBooks.changes(), addressBooks.set()));
        methods.addAll(cards.all());
        return List.copyOf(methods);
    }

    /** The ContactCard storage (state, records, commit), for importers that write cards directly. */
    public TypeStorage cardStorage() {
        return cards.storage();
    }

    public QueryIndex<ContactCardView> index() {
        return index;
    }
}
