package org.jmapx.binding.guice;

import java.time.Clock;
import java.util.Set;

import com.google.inject.name.Named;

import org.jmapx.binding.sharing.SharedContainerCapability;
import org.jmapx.calendars.CalendarsCapability;
import org.jmapx.calendars.CalendarsExtension;
import org.jmapx.calendars.calendar.CalendarType;
import org.jmapx.engine.access.Principals;
import org.jmapx.engine.access.ShareListener;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

/** JMAP for Calendars (urn:ietf:params:jmap:calendars: Calendar and CalendarEvent) on whatever stores the storage module binds. */
public class CalendarsJmapModule extends AbstractModule {
    @Override
    protected void configure() {
        JmapExtensionBindings.bind(binder(), CalendarsExtension.class,
            CalendarsExtension.METHOD_NAMES, CalendarsExtension.TYPE_NAMES);
        Multibinder.newSetBinder(binder(), SharedContainerCapability.class).addBinding().toInstance(
            new SharedContainerCapability(CalendarType.NAME, CalendarsCapability.URN,
                JsonNodeFactory.instance.objectNode().put("mayCreateCalendar", false),
                Set.copyOf(CalendarsExtension.TYPE_NAMES)));
    }

    @Provides
    @Singleton
    CalendarsExtension calendars(ObjectStore store, ChangeLog changeLog, Committer committer, StateChangeListener listener,
                                 Principals principals, @Named(JmapxCoreModule.SHARE_LISTENERS) ShareListener shareListener) {
        return new CalendarsExtension(store, changeLog, committer, listener, Clock.systemUTC(), principals, shareListener);
    }
}
