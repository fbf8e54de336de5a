package org.jmapx.binding.session;

import org.apache.james.jmap.routes.SessionRoutes;

import com.google.inject.AbstractModule;

/**
 * Makes James's session route resolve to {@link JmapxSessionRoutes}: James adds
 * {@code routes.addBinding().to(SessionRoutes.class)}, so binding the class replaces the route without
 * a second GET /jmap/session. Install it with {@code GuiceJamesServer.overrideWith}.
 */
public class SessionRoutesModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(SessionRoutes.class).to(JmapxSessionRoutes.class);
    }
}
