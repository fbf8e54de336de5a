package org.jmapx.engine.type;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

import org.jmapx.engine.access.Membership;
import org.jmapx.engine.access.Sharing;
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
     * Called by every method before it touches an account its caller owns, for types that provision
     * objects on first access. Must be idempotent and safe under concurrent calls. (A shared container's
     * default container is provisioned by the engine, from {@link Sharing#defaultContainer}.)
     */
    default void prepareAccount(String accountId, TypeStorage storage) {
    }

    /** The computed properties ({@link PropertySchema.Builder#computedProperty}) of a stored object. */
    default ObjectNode computedProperties(String accountId, ObjectNode stored, MethodContext context) {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Present when this type is a shared container (an AddressBook): the engine then enforces its rights. */
    default Optional<Sharing> sharing() {
        return Optional.empty();
    }

    /** Present when the objects of this type belong to shared containers (a ContactCard's addressBookIds). */
    default Optional<Membership> membership() {
        return Optional.empty();
    }

    /**
     * Records derived from stored ones that /get serves by id though they are not stored (the instances
     * of a recurring CalendarEvent, by their instance ids): the ids among {@code ids} it can resolve.
     */
    default java.util.Map<String, ObjectNode> derivedRecords(String accountId, java.util.Collection<String> ids,
                                                             TypeStorage storage) {
        return java.util.Map.of();
    }

    default SetHooks setHooks() {
        return SetHooks.NONE;
    }

    default QuerySupport querySupport() {
        return QuerySupport.NONE;
    }
}
