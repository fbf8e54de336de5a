package org.jmapx.binding.mail;

import org.apache.james.jmap.method.Method;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

/** The RFC 8621 methods James 3.8.1 lacks, added to James's Method multibinder. */
public class MailConformanceModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<Method> methods = Multibinder.newSetBinder(binder(), Method.class);
        methods.addBinding().to(EmailQueryChangesMethod.class);
        methods.addBinding().to(MailboxQueryChangesMethod.class);
    }
}
