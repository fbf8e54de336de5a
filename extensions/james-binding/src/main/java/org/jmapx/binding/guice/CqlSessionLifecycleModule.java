package org.jmapx.binding.guice;

import javax.annotation.PreDestroy;
import javax.inject.Inject;

import com.datastax.oss.driver.api.core.CqlSession;
import com.google.inject.AbstractModule;

/** Closes the JMAPX CqlSession when James stops (James stages @PreDestroy on its singletons). */
public class CqlSessionLifecycleModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(SessionCloser.class).asEagerSingleton();
    }

    static class SessionCloser {
        private final CqlSession session;

        @Inject
        SessionCloser(CqlSession session) {
            this.session = session;
        }

        @PreDestroy
        void close() {
            session.close();
        }
    }
}
