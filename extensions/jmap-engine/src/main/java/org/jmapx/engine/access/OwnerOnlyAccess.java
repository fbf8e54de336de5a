package org.jmapx.engine.access;

import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.TypeStorage;

/** A type that is not shared: only the owner of an account (or their James delegate) reaches its objects. */
public final class OwnerOnlyAccess implements AccessControl {
    private final JmapType type;
    private final TypeStorage storage;

    public OwnerOnlyAccess(JmapType type, TypeStorage storage) {
        this.type = type;
        this.storage = storage;
    }

    @Override
    public CallAccess open(String accountId, MethodContext context) throws MethodErrorException {
        if (!context.actsAsOwner(accountId)) {
            throw MethodErrorException.accountNotFound(accountId);
        }
        type.prepareAccount(accountId, storage);
        return CallAccess.FULL;
    }
}
