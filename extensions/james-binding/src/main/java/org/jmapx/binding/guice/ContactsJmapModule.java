package org.jmapx.binding.guice;

import com.google.inject.name.Named;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.inject.multibindings.Multibinder;

import org.jmapx.binding.sharing.SharedContainerCapability;
import org.jmapx.contacts.addressbook.AddressBookType;
import org.jmapx.contacts.addressbook.ContactsCapability;
import org.jmapx.engine.access.Principals;
import org.jmapx.engine.access.ShareListener;

import org.jmapx.binding.blob.UploadBlobExistence;
import org.jmapx.contacts.ContactsExtension;
import org.jmapx.contacts.card.BlobExistence;
import org.jmapx.contacts.card.CardLimits;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/**
 * JMAP for Contacts (urn:ietf:params:jmap:contacts: AddressBook and ContactCard) on whatever stores the
 * storage module binds; Media blobIds are checked against James's uploads.
 */
public class ContactsJmapModule extends AbstractModule {
    @Override
    protected void configure() {
        JmapExtensionBindings.bind(binder(), ContactsExtension.class,
            ContactsExtension.METHOD_NAMES, ContactsExtension.TYPE_NAMES);
        install(new org.jmapx.binding.webadmin.contacts.ContactsWebAdminModule());
        bind(BlobExistence.class).to(UploadBlobExistence.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), SharedContainerCapability.class).addBinding().toInstance(
            new SharedContainerCapability(AddressBookType.NAME, ContactsCapability.URN,
                JsonNodeFactory.instance.objectNode().put("mayCreateAddressBook", false),
                java.util.Set.copyOf(ContactsExtension.TYPE_NAMES)));
    }

    @Provides
    @Singleton
    ContactsExtension contacts(ObjectStore store, ChangeLog changeLog, Committer committer, StateChangeListener listener,
                               BlobExistence blobs, Principals principals,
                               @Named(JmapxCoreModule.SHARE_LISTENERS) ShareListener shareListener) {
        return new ContactsExtension(store, changeLog, committer, listener, blobs, CardLimits.DEFAULT, principals, shareListener);
    }
}
