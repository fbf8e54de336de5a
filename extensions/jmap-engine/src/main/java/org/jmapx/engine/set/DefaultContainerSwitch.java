package org.jmapx.engine.set;

import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.CallAccess;
import org.jmapx.engine.access.DefaultContainer;
import org.jmapx.engine.access.Sharing;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.type.JmapType;

/**
 * The onSuccessSetIsDefault argument of a container type with a default container (RFC 9610 2.3, and
 * the same argument of Calendar/set): once every create, update and destroy succeeded, the named
 * container becomes the default. An unknown id, or a caller who does not act as the account's owner, is
 * ignored without error, as the RFC asks for changes "not permitted by the server for policy reasons".
 */
final class DefaultContainerSwitch {
    static final String ARGUMENT = "onSuccessSetIsDefault";
    private static final DefaultContainerSwitch NONE = new DefaultContainerSwitch(Optional.empty());

    private final Optional<DefaultContainer> container;

    private DefaultContainerSwitch(Optional<DefaultContainer> container) {
        this.container = container;
    }

    static DefaultContainerSwitch of(JmapType type) {
        Optional<DefaultContainer> container = type.sharing().flatMap(Sharing::defaultContainer);
        return container.isEmpty() ? NONE : new DefaultContainerSwitch(container);
    }

    Set<String> arguments() {
        return container.isEmpty() ? Set.of() : Set.of(ARGUMENT);
    }

    void validateArguments(ObjectNode arguments) throws MethodErrorException {
        JsonNode requested = arguments.get(ARGUMENT);
        if (container.isPresent() && requested != null && !requested.isNull() && !requested.isTextual()) {
            throw MethodErrorException.invalidArguments(ARGUMENT + " must be an Id or null");
        }
    }

    void apply(SetWork work, CallAccess access) {
        JsonNode requested = work.arguments().get(ARGUMENT);
        if (container.isEmpty() || requested == null || !requested.isTextual() || !access.isFull()) {
            return;
        }
        String flag = container.get().flagProperty();
        Optional<ObjectNode> newDefault = work.resolveId(requested.asText()).flatMap(work::get);
        if (newDefault.isEmpty()) {
            return;
        }
        String newDefaultId = newDefault.get().get("id").asText();
        for (ObjectNode candidate : work.all()) {
            boolean shouldBeDefault = candidate.get("id").asText().equals(newDefaultId);
            if (candidate.path(flag).asBoolean(false) != shouldBeDefault) {
                work.replace(candidate.get("id").asText(), candidate.put(flag, shouldBeDefault));
            }
        }
    }
}
