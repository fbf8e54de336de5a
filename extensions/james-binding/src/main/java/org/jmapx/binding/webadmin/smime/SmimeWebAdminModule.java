package org.jmapx.binding.webadmin.smime;

import org.apache.james.webadmin.Routes;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

/** Adds the S/MIME key and recipient-certificate routes to James WebAdmin. */
public class SmimeWebAdminModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<Routes> routes = Multibinder.newSetBinder(binder(), Routes.class);
        routes.addBinding().to(SmimeKeysRoutes.class);
        routes.addBinding().to(SmimeCertificatesRoutes.class);
    }
}
