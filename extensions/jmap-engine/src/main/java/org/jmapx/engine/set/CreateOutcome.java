package org.jmapx.engine.set;

import java.util.Optional;

/** Either the id of a created record or why it was not created. */
record CreateOutcome(Optional<String> id, Optional<SetError> error) {
    static CreateOutcome created(String id) {
        return new CreateOutcome(Optional.of(id), Optional.empty());
    }

    static CreateOutcome failed(SetError error) {
        return new CreateOutcome(Optional.empty(), Optional.of(error));
    }
}
