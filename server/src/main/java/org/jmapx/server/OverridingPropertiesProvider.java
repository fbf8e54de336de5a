package org.jmapx.server;

import java.io.FileNotFoundException;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.server.core.configuration.Configuration.ConfigurationPath;
import org.apache.james.utils.PropertiesProvider;

/**
 * Reads James's .properties files and applies the ports of {@link ServerSettings} on top. When
 * jmap.properties names no url.prefix, the session advertises http://127.0.0.1:&lt;jmap port&gt;, so
 * that clients POST to the port the server really listens on.
 */
class OverridingPropertiesProvider extends PropertiesProvider {
    private final ServerSettings settings;

    OverridingPropertiesProvider(FileSystem fileSystem, ConfigurationPath configurationPath, ServerSettings settings) {
        super(fileSystem, configurationPath);
        this.settings = settings;
    }

    @Override
    public Configuration getConfiguration(String fileName) throws FileNotFoundException, ConfigurationException {
        Configuration configuration = super.getConfiguration(fileName);
        switch (fileName) {
            case "jmap" -> applyJmap(configuration);
            case "webadmin" -> settings.webAdminPort().ifPresent(port -> configuration.setProperty("port", port));
            default -> { }
        }
        return configuration;
    }

    private void applyJmap(Configuration configuration) {
        settings.jmapPort().ifPresent(port -> configuration.setProperty("jmap.port", port));
        int port = configuration.getInt("jmap.port", 80);
        if (!configuration.containsKey("url.prefix")) {
            configuration.setProperty("url.prefix", "http://127.0.0.1:" + port);
        }
        if (!configuration.containsKey("websocket.url.prefix")) {
            configuration.setProperty("websocket.url.prefix", "ws://127.0.0.1:" + port);
        }
    }
}
