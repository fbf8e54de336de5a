package org.jmapx.engine.set;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One destroy of /set. */
final class DestroyStep {
    private final SetCall call;

    DestroyStep(SetCall call) {
        this.call = call;
    }

    Optional<SetError> destroy(String id) {
        Optional<ObjectNode> stored = call.work().get(id);
        if (stored.isEmpty() || !call.access().canRead(stored.get())) {
            return Optional.of(SetError.notFound(id));
        }
        Optional<SetError> refused = call.access().checkDestroy(stored.get())
            .or(() -> call.hooks().checkDestroy(call.accountId(), stored.get(), call.arguments()));
        if (refused.isEmpty()) {
            call.work().destroy(id);
        }
        return refused;
    }
}
