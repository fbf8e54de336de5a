package org.jmapx.binding.mail;

import org.apache.james.jmap.method.EmailImportMethod;

import com.google.inject.AbstractModule;

/**
 * Makes James's Email/import binding resolve to {@link ExactEmailImportMethod}: James adds
 * {@code methods.addBinding().to(EmailImportMethod.class)} to its Method multibinder, so binding the
 * class replaces the method without a second "Email/import" (docs/adr/0006). Install it with
 * {@code overrideWith}.
 */
public class MailMethodOverridesModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(EmailImportMethod.class).to(ExactEmailImportMethod.class);
    }
}
