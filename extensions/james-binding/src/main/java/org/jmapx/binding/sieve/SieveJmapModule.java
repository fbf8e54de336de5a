package org.jmapx.binding.sieve;

import java.io.FileNotFoundException;
import java.util.Optional;

import javax.inject.Singleton;

import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.jmap.api.upload.UploadRepository;
import org.apache.james.jmap.routes.BlobResolver;
import org.apache.james.sieverepository.api.SieveRepository;
import org.apache.james.utils.PropertiesProvider;
import org.jmapx.binding.account.AccountDirectory;
import org.jmapx.binding.guice.JmapExtensionBindings;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;

/**
 * urn:ietf:params:jmap:sieve on the SieveRepository the James server binds (a file repository in the
 * memory flavour, Cassandra's in the Cassandra flavour) and the JMAPX records of the storage module.
 * Limits come from conf/sieve.properties when it exists (docs/sieve.md).
 */
public class SieveJmapModule extends AbstractModule {
    @Override
    protected void configure() {
        JmapExtensionBindings.bind(binder(), SieveExtension.class, SieveExtension.METHOD_NAMES, SieveExtension.TYPE_NAMES);
        Multibinder.newSetBinder(binder(), BlobResolver.class).addBinding().to(SieveScriptBlobResolver.class);
    }

    @Provides
    @Singleton
    SieveLimits limits(PropertiesProvider properties) throws ConfigurationException {
        try {
            Configuration configuration = properties.getConfiguration("sieve");
            return SieveLimits.from(key -> Optional.ofNullable(configuration.getString(key, null)));
        } catch (FileNotFoundException e) {
            return SieveLimits.DEFAULT;
        }
    }

    @Provides
    @Singleton
    SieveExtension sieve(SieveRepository repository, UploadRepository uploads, AccountDirectory accounts, ObjectStore store,
                         ChangeLog changeLog, Committer committer, StateChangeListener listener, SieveLimits limits) {
        return new SieveExtension(repository, uploads, accounts, store, changeLog, committer, listener, limits);
    }
}
