package org.jmapx.binding.limits;

import org.apache.james.jmap.routes.JMAPApiRoutes;

import com.google.inject.AbstractModule;

/**
 * Makes James's JMAP API route resolve to {@link RequestLimitsApiRoutes}. James adds
 * {@code routes.addBinding().to(JMAPApiRoutes.class)}, so binding the class replaces the route without
 * a second POST /jmap. Install it with {@code GuiceJamesServer.overrideWith}.
 */
public class RequestLimitsModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(JMAPApiRoutes.class).to(RequestLimitsApiRoutes.class);
    }
}
