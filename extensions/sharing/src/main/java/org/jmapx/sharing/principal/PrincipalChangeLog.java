package org.jmapx.sharing.principal;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every change users make to their Principal: a renamed user could pass for another one, and
 * RFC 9670 6.1 asks servers to keep an audit trail of such changes.
 */
final class PrincipalChangeLog implements JmapMethod {
    private static final Logger LOGGER = LoggerFactory.getLogger(PrincipalChangeLog.class);

    private final JmapMethod set;

    PrincipalChangeLog(JmapMethod set) {
        this.set = set;
    }

    @Override
    public String name() {
        return set.name();
    }

    @Override
    public Set<String> requiredCapabilities() {
        return set.requiredCapabilities();
    }

    @Override
    public ObjectNode call(ObjectNode arguments, MethodContext context) throws MethodErrorException {
        ObjectNode response = set.call(arguments, context);
        response.path("updated").fieldNames().forEachRemaining(id ->
            LOGGER.info("Principal {} changed by {}: {}", id, context.username(), arguments.path("update").path(id)));
        return response;
    }
}
