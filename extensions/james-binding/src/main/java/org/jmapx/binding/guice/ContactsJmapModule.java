package org.jmapx.binding.guice;

import org.jmapx.contacts.ContactsExtension;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.ObjectStore;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/** JMAP for Contacts (urn:ietf:params:jmap:contacts) on whatever stores the storage module binds. */
public class ContactsJmapModule extends AbstractModule {
    @Override
    protected void configure() {
        JmapExtensionBindings.bind(binder(), ContactsExtension.class,
            ContactsExtension.METHOD_NAMES, ContactsExtension.TYPE_NAMES);
    }

    @Provides
    @Singleton
    ContactsExtension contacts(ObjectStore store, ChangeLog changeLog, StateChangeListener listener) {
        return new ContactsExtension(store, changeLog, listener);
    }
}
