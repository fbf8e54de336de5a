package org.jmapx.contacts.card;

import org.jmapx.engine.set.SetHooks;
import org.jmapx.engine.set.SetWork;

/** ContactCard/set and /copy: each call gets its own {@link ContactCardCallHooks}, which caches its look-ups. */
final class ContactCardSetHooks implements SetHooks {
    private final CardDependencies dependencies;

    ContactCardSetHooks(CardDependencies dependencies) {
        this.dependencies = dependencies;
    }

    @Override
    public SetHooks forCall(SetWork work) {
        return new ContactCardCallHooks(dependencies, work);
    }
}
