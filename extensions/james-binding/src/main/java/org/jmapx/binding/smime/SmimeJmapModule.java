package org.jmapx.binding.smime;

import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.filesystem.api.JamesDirectoriesProvider;
import org.apache.james.jmap.core.CapabilityFactory;
import org.apache.james.utils.PropertiesProvider;
import org.jmapx.binding.capability.JmapxCapabilityFactory;
import org.jmapx.binding.json.JsonBridge;
import org.jmapx.smime.config.ReloadingTrustAnchors;
import org.jmapx.smime.config.SmimeConfiguration;
import org.jmapx.smime.service.SmimeStatusService;
import org.jmapx.smime.service.VerificationCache;
import org.jmapx.smime.store.DeliveryStatusStore;
import org.jmapx.smime.certs.RecipientCertificateStore;
import org.jmapx.smime.certs.RecipientCertificates;
import org.jmapx.smime.keys.IdentityStore;
import org.jmapx.smime.keys.KeySecretMissingException;
import org.jmapx.smime.keys.KeysConfiguration;
import org.jmapx.smime.keys.UserKeys;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

import reactor.core.scheduler.Schedulers;

/**
 * RFC 9219 (urn:ietf:params:jmap:smimeverify): the capability and the verification service, on
 * whatever {@link DeliveryStatusStore} the storage module binds. Email/get and Email/query are
 * extended by {@link SmimeMethodOverridesModule}, installed as an override (docs/adr/0006).
 */
public class SmimeJmapModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), CapabilityFactory.class).addBinding().toProvider(SmimeCapabilityProvider.class);
        Multibinder.newSetBinder(binder(), CapabilityFactory.class).addBinding().toProvider(SmimeAdvancedCapabilityProvider.class);
        bind(SmimeMessageLoaders.class).in(Singleton.class);
        bind(SmimeEmailCreator.class).in(Singleton.class);
        bind(DecryptedMessages.class).in(Singleton.class);
        bind(DecryptedBodies.class).in(Singleton.class);
        // decrypted messages and their parts download like any blob (smime-advanced automatic decryption)
        Multibinder.newSetBinder(binder(), org.apache.james.jmap.routes.BlobResolver.class).addBinding()
            .to(DecryptedBlobResolver.class);
        install(new org.jmapx.binding.webadmin.smime.SmimeWebAdminModule());
    }

    @Provides
    @Singleton
    KeysConfiguration keysConfiguration(PropertiesProvider properties) throws ConfigurationException {
        try {
            Configuration configuration = properties.getConfiguration("smime");
            return KeysConfiguration.from(key -> Optional.ofNullable(configuration.getString(key, null)));
        } catch (FileNotFoundException e) {
            return new KeysConfiguration(Optional.empty());
        }
    }

    @Provides
    @Singleton
    UserKeys userKeys(IdentityStore store, KeysConfiguration configuration) {
        if (configuration.secret().isEmpty()) {
            // the server starts (verification needs no secret); only key import is refused, with this message
            org.slf4j.LoggerFactory.getLogger(SmimeJmapModule.class).warn("{}", new KeySecretMissingException().getMessage());
        }
        return new UserKeys(store, configuration.cipher());
    }

    @Provides
    @Singleton
    RecipientCertificates recipientCertificates(RecipientCertificateStore store) {
        return new RecipientCertificates(store);
    }

    @Provides
    @Singleton
    SmimeConfiguration configuration(PropertiesProvider properties, JamesDirectoriesProvider directories) throws ConfigurationException {
        Path conf = Path.of(directories.getConfDirectory());
        try {
            Configuration configuration = properties.getConfiguration("smime");
            return SmimeConfiguration.from(key -> {
                String[] values = configuration.getStringArray(key);
                return values.length == 0 ? Optional.empty() : Optional.of(String.join(",", values));
            }, conf);
        } catch (FileNotFoundException e) {
            return SmimeConfiguration.DEFAULT;
        }
    }

    @Provides
    @Singleton
    SmimeStatusService smimeStatusService(SmimeConfiguration configuration, DeliveryStatusStore store) {
        return SmimeStatusService.create(new ReloadingTrustAnchors(configuration), store,
            new VerificationCache(Clock.systemUTC(), configuration.cacheTtl(), configuration.cacheSize()),
            // verification is CPU work on blocking reads of message content: never on the Netty event loop
            Schedulers.boundedElastic());
    }

    static final class SmimeAdvancedCapabilityProvider implements javax.inject.Provider<CapabilityFactory> {
        private final JsonBridge bridge;

        @javax.inject.Inject
        SmimeAdvancedCapabilityProvider(JsonBridge bridge) {
            this.bridge = bridge;
        }

        @Override
        public CapabilityFactory get() {
            // draft-ietf-jmap-smime-sender-extensions section 3: an empty object (docs/smime.md)
            return new JmapxCapabilityFactory(SmimeAdvancedCapability.URN, JsonNodeFactory.instance::objectNode, bridge);
        }
    }

    static final class SmimeCapabilityProvider implements javax.inject.Provider<CapabilityFactory> {
        private final JsonBridge bridge;

        @javax.inject.Inject
        SmimeCapabilityProvider(JsonBridge bridge) {
            this.bridge = bridge;
        }

        @Override
        public CapabilityFactory get() {
            // RFC 9219 section 3: the capability's value is an empty object
            return new JmapxCapabilityFactory(SmimeVerifyCapability.URN, JsonNodeFactory.instance::objectNode, bridge);
        }
    }
}
