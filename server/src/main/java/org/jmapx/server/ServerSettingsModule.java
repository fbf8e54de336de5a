package org.jmapx.server;

import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.server.core.configuration.Configuration.ConfigurationPath;
import org.apache.james.utils.PropertiesProvider;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/** Overrides James's PropertiesProvider so that {@link ServerSettings} apply to every .properties read. */
class ServerSettingsModule extends AbstractModule {
    private final ServerSettings settings;

    ServerSettingsModule(ServerSettings settings) {
        this.settings = settings;
    }

    @Provides
    @Singleton
    PropertiesProvider propertiesProvider(FileSystem fileSystem, ConfigurationPath configurationPath) {
        return new OverridingPropertiesProvider(fileSystem, configurationPath, settings);
    }
}
