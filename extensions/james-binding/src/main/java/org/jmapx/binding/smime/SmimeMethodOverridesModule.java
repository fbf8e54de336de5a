package org.jmapx.binding.smime;

import org.apache.james.jmap.method.EmailGetMethod;
import org.apache.james.jmap.method.EmailQueryMethod;
import org.apache.james.jmap.method.EmailSetMethod;

import com.google.inject.AbstractModule;

/**
 * Makes James's own Email/get, Email/query and Email/set bindings resolve to the S/MIME-aware subclasses.
 * James adds {@code methods.addBinding().to(EmailGetMethod.class)} to its Method multibinder, so
 * binding the class itself replaces the method without a second "Email/get" in the set. Install it
 * with {@code GuiceJamesServer.overrideWith} (docs/adr/0006-extending-james-email-methods.md).
 */
public class SmimeMethodOverridesModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(EmailGetMethod.class).to(SmimeEmailGetMethod.class);
        bind(EmailQueryMethod.class).to(SmimeEmailQueryMethod.class);
        bind(EmailSetMethod.class).to(SmimeEmailSetMethod.class);
    }
}
