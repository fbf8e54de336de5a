package org.jmapx.engine.method;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One JMAP method ("AddressBook/get"...), as the binding calls it: arguments in, response
 * arguments out. A client mistake is thrown as {@link MethodErrorException}; anything else
 * thrown is a server failure.
 *
 * <p>Implementations block on storage: the binding runs them off the HTTP event loop.
 */
public interface JmapMethod {
    String name();

    /** Capabilities the request's "using" must contain, core included. */
    Set<String> requiredCapabilities();

    ObjectNode call(ObjectNode arguments, MethodContext context) throws MethodErrorException;
}
