package org.jmapx.engine.access;

import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;

/** Who may reach an account's objects of one type, and what they may do there. */
public interface AccessControl {
    /**
     * Opens an account for one method call: provisions what the account gets on first access when the
     * caller acts as its owner, and tells what the caller may see and do.
     *
     * @throws MethodErrorException accountNotFound when the caller may reach nothing of this type there,
     *     the same answer as for an account that does not exist
     */
    CallAccess open(String accountId, MethodContext context) throws MethodErrorException;
}
