package org.jmapx.binding.sharing;

import java.time.Clock;

import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.utils.PropertiesProvider;
import org.jmapx.binding.guice.JmapExtensionBindings;
import org.jmapx.engine.access.ShareListener;
import org.jmapx.engine.access.SharedAccountsIndex;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.sharing.SharingExtension;
import org.jmapx.sharing.principal.PrincipalAccounts;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;

/**
 * JMAP Sharing (urn:ietf:params:jmap:principals: Principal and ShareNotification) on whatever stores
 * the storage module binds: James's users are the principals, and every grant change of a shared
 * container notifies the principals it concerns.
 */
public class SharingJmapModule extends AbstractModule {
    @Override
    protected void configure() {
        JmapExtensionBindings.bind(binder(), SharingExtension.class, SharingExtension.METHOD_NAMES, SharingExtension.TYPE_NAMES);
    }

    @Provides
    @Singleton
    SharingConfiguration configuration(PropertiesProvider properties) throws ConfigurationException {
        return SharingConfiguration.from(properties);
    }

    @Provides
    @Singleton
    SharingExtension sharing(ObjectStore store, ChangeLog changeLog, Committer committer, StateChangeListener listener,
                             UsersPrincipalDirectory directory, SharedAccountsIndex sharedAccounts,
                             JamesAccountCapabilities capabilities, SharingConfiguration configuration) {
        return new SharingExtension(store, changeLog, committer, listener, directory,
            new PrincipalAccounts(principal -> sharedAccounts.accountsSharedWith(principal).values().stream()
                .collect(java.util.stream.Collectors.toMap(SharedAccountsIndex.SharedAccount::accountId,
                    SharedAccountsIndex.SharedAccount::containerTypes)), capabilities),
            configuration.notificationRetention(), Clock.systemUTC());
    }

    @ProvidesIntoSet
    ShareListener shareNotifications(SharingExtension sharing) {
        return sharing.shareNotifier();
    }
}
