package org.jmapx.engine.type;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.query.QuerySupport;
import org.jmapx.engine.set.SetHooks;

/**
 * Describes one JMAP data type ("AddressBook") to the engine, which then serves its standard
 * methods. Only name, capability and schema are mandatory; the rest defaults to "nothing special".
 */
public interface JmapType {
    /** The type name used in method names and states ("AddressBook"). */
    String name();

    /** The capability a request must use to call this type's methods. */
    String capability();

    PropertySchema schema();

    /**
     * Called by every method before it touches an account, for types that provision objects on first
     * access (a default AddressBook). Must be idempotent and safe under concurrent calls.
     */
    default void prepareAccount(String accountId, TypeStorage storage) {
    }

    /** The computed properties ({@link PropertySchema.Builder#computedProperty}) of a stored object. */
    default ObjectNode computedProperties(String accountId, ObjectNode stored, MethodContext context) {
        return JsonNodeFactory.instance.objectNode();
    }

    default SetHooks setHooks() {
        return SetHooks.NONE;
    }

    default QuerySupport querySupport() {
        return QuerySupport.NONE;
    }
}
