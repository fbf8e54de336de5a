package org.jmapx.binding.mail;

import org.apache.james.jmap.method.EmailImportMethod;
import org.apache.james.jmap.method.MailboxQueryMethod;
import org.apache.james.jmap.method.MailboxSetMethod;
import org.apache.james.jmap.method.ThreadChangesMethod;
import org.apache.james.jmap.method.ThreadGetMethod;

import com.google.inject.AbstractModule;

/**
 * Makes James's Email/import binding resolve to {@link ExactEmailImportMethod}, and Thread/get and
 * Thread/changes to {@link ThreadGetWithEmailState} and {@link ThreadChangesFromEmailChanges}, and
 * Mailbox/query and Mailbox/set to {@link MailboxQueryOverMailboxGet} and {@link MailboxSetUnchangedServerSet}: James adds
 * {@code methods.addBinding().to(EmailImportMethod.class)} to its Method multibinder, so binding the
 * class replaces the method without a second "Email/import" (docs/adr/0006). Install it with
 * {@code overrideWith}.
 */
public class MailMethodOverridesModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(EmailImportMethod.class).to(ExactEmailImportMethod.class);
        bind(ThreadGetMethod.class).to(ThreadGetWithEmailState.class);
        bind(ThreadChangesMethod.class).to(ThreadChangesFromEmailChanges.class);
        bind(MailboxQueryMethod.class).to(MailboxQueryOverMailboxGet.class);
        bind(MailboxSetMethod.class).to(MailboxSetUnchangedServerSet.class);
    }
}
