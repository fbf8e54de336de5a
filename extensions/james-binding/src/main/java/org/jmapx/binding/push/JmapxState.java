package org.jmapx.binding.push;

import org.apache.james.jmap.api.model.State;

/** A change-log state token carried by James's push events. */
public record JmapxState(String token) implements State {
    @Override
    public String serialize() {
        return token;
    }
}
