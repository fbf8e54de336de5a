package org.jmapx.binding.guice;

import java.util.List;

import org.apache.james.jmap.api.model.TypeName;
import org.apache.james.jmap.core.CapabilityFactory;
import org.apache.james.jmap.method.Method;
import org.jmapx.binding.account.AccountDirectory;
import org.jmapx.binding.account.Delegators;
import org.jmapx.binding.capability.JmapxCapabilityFactory;
import org.jmapx.binding.json.JsonBridge;
import org.jmapx.binding.method.EngineMethod;
import org.jmapx.binding.push.JmapxTypeName;
import org.jmapx.engine.extension.JmapExtension;
import org.jmapx.engine.method.JmapMethod;

import com.google.inject.Binder;
import com.google.inject.Inject;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;

import reactor.core.scheduler.Scheduler;

/**
 * Contributes an extension to James's multibinders: one James Method per JMAP method, the
 * capability, and the push type names. James binds methods by name, so the names are listed
 * statically here; a name the extension does not provide fails the server start.
 */
public final class JmapExtensionBindings {
    private JmapExtensionBindings() {
    }

    public static void bind(Binder binder, Class<? extends JmapExtension> extension,
                            List<String> methodNames, List<String> typeNames) {
        Multibinder<Method> methods = Multibinder.newSetBinder(binder, Method.class);
        methodNames.forEach(name -> methods.addBinding().toProvider(new MethodProvider(extension, name)));
        Multibinder.newSetBinder(binder, CapabilityFactory.class)
            .addBinding().toProvider(new CapabilityProvider(extension));
        Multibinder<TypeName> types = Multibinder.newSetBinder(binder, TypeName.class);
        typeNames.forEach(name -> types.addBinding().toInstance(new JmapxTypeName(name)));
    }

    private static final class MethodProvider implements Provider<Method> {
        private final Class<? extends JmapExtension> extensionClass;
        private final String name;
        @Inject
        private com.google.inject.Injector injector;

        private MethodProvider(Class<? extends JmapExtension> extensionClass, String name) {
            this.extensionClass = extensionClass;
            this.name = name;
        }

        @Override
        public Method get() {
            JmapExtension extension = injector.getInstance(extensionClass);
            JmapMethod method = extension.methods().stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(extensionClass.getSimpleName() + " has no method " + name));
            return new EngineMethod(method,
                injector.getInstance(AccountDirectory.class),
                injector.getInstance(Delegators.class),
                injector.getInstance(JsonBridge.class),
                injector.getInstance(Key.get(Scheduler.class, Names.named(JmapxCoreModule.ENGINE_SCHEDULER))));
        }
    }

    private static final class CapabilityProvider implements Provider<CapabilityFactory> {
        private final Class<? extends JmapExtension> extensionClass;
        @Inject
        private com.google.inject.Injector injector;

        private CapabilityProvider(Class<? extends JmapExtension> extensionClass) {
            this.extensionClass = extensionClass;
        }

        @Override
        public CapabilityFactory get() {
            JmapExtension extension = injector.getInstance(extensionClass);
            return new JmapxCapabilityFactory(extension.capability(), extension::accountCapability,
                injector.getInstance(JsonBridge.class));
        }
    }
}
