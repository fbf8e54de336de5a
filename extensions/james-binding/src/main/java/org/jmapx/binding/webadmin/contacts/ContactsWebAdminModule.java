package org.jmapx.binding.webadmin.contacts;

import org.apache.james.webadmin.Routes;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

/** Adds the vCard import/export routes to James WebAdmin. */
public class ContactsWebAdminModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), Routes.class).addBinding().to(VCardRoutes.class);
    }
}
