package org.jmapx.binding.guice;

import java.util.Set;

import com.google.inject.multibindings.Multibinder;

import org.jmapx.binding.sharing.SharedContainerCapability;
import org.jmapx.binding.sharing.UsersPrincipals;
import org.jmapx.engine.access.Principals;
import org.jmapx.engine.access.ShareAuditLog;
import org.jmapx.engine.access.ShareListener;
import org.jmapx.engine.access.SharedAccountsIndex;
import org.jmapx.engine.store.ObjectStore;

import org.jmapx.binding.account.AccountDirectory;
import org.jmapx.binding.json.JsonBridge;
import org.jmapx.binding.json.TreeJsonBridge;
import org.jmapx.binding.push.EventBusStateChangeListener;
import org.jmapx.engine.state.StateChangeListener;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** What every JMAPX extension needs from the binding, whatever the storage flavour. */
public class JmapxCoreModule extends AbstractModule {
    public static final String ENGINE_SCHEDULER = "jmapx-engine";
    public static final String SHARE_LISTENERS = "jmapx-share-listeners";

    @Override
    protected void configure() {
        bind(AccountDirectory.class).in(Singleton.class);
        bind(StateChangeListener.class).to(EventBusStateChangeListener.class).in(Singleton.class);
        bind(Principals.class).to(UsersPrincipals.class);
        bind(UsersPrincipals.class).in(Singleton.class);
        Multibinder<ShareListener> shareListeners = Multibinder.newSetBinder(binder(), ShareListener.class);
        shareListeners.addBinding().to(SharedAccountsIndex.class);
        shareListeners.addBinding().toInstance(new ShareAuditLog());
        Multibinder.newSetBinder(binder(), SharedContainerCapability.class);
    }

    @Provides
    @Singleton
    SharedAccountsIndex sharedAccountsIndex(ObjectStore store) {
        return new SharedAccountsIndex(store);
    }

    /** Every listener of grant changes (the shared-accounts index, the audit log, ShareNotifications...), as one. */
    @Provides
    @Singleton
    @Named(SHARE_LISTENERS)
    ShareListener shareListeners(Set<ShareListener> listeners) {
        return listeners.stream().reduce(ShareListener.NONE, ShareListener::and);
    }

    @Provides
    @Singleton
    JsonBridge jsonBridge() {
        // 2 to 4 times cheaper than StringJsonBridge: see docs/benchmarks.md (JsonBridgeBenchmark)
        return new TreeJsonBridge();
    }

    @Provides
    @Singleton
    @Named(ENGINE_SCHEDULER)
    Scheduler engineScheduler() {
        return Schedulers.boundedElastic();
    }
}
