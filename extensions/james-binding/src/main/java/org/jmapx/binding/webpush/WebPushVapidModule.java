package org.jmapx.binding.webpush;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import javax.inject.Singleton;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.jmap.core.CapabilityFactory;
import org.apache.james.utils.PropertiesProvider;
import org.apache.james.filesystem.api.JamesDirectoriesProvider;
import org.jmapx.binding.json.JsonBridge;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;

/**
 * VAPID for Web Push (RFC 9749): the capability and the key pair from conf/webpush-vapid.properties
 * (docs/webpush-vapid.md). James's Web Push client is replaced by {@link VapidOverridesModule}.
 */
public class WebPushVapidModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), CapabilityFactory.class).addBinding().to(VapidCapabilityFactory.class);
    }

    @Provides
    @Singleton
    VapidConfiguration configuration(PropertiesProvider properties, JamesDirectoriesProvider directories) throws ConfigurationException {
        Path conf = Path.of(directories.getConfDirectory());
        try {
            Configuration configuration = properties.getConfiguration("webpush-vapid");
            return VapidConfiguration.from(key -> Optional.ofNullable(configuration.getString(key, null)), conf);
        } catch (FileNotFoundException e) {
            return VapidConfiguration.defaults(conf);
        }
    }

    @Provides
    @Singleton
    ReloadingVapidKeys keys(VapidConfiguration configuration) {
        return new ReloadingVapidKeys(configuration.keyFile());
    }

    @Provides
    @Singleton
    VapidAuthorization authorization(ReloadingVapidKeys keys, VapidConfiguration configuration) {
        return new VapidAuthorization(keys, configuration.subject(), Clock.systemUTC());
    }

    @Provides
    @Singleton
    VapidCapabilityFactory capability(ReloadingVapidKeys keys, JsonBridge bridge) {
        return new VapidCapabilityFactory(keys, bridge);
    }
}
