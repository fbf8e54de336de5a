package org.jmapx.engine.access;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The container every account gets on first access (RFC 9610's default AddressBook), provisioned by
 * {@link DefaultContainerProvisioning}. The default container may not be destroyed: its delete right is
 * false for everyone, so that the account always keeps one.
 *
 * @param id the container's id in every account
 * @param record the container as provisioned, "id" included
 * @param flagProperty the boolean property marking the default container
 */
public record DefaultContainer(String id, ObjectNode record, String flagProperty) {

    public boolean isDefault(ObjectNode container) {
        return container.path(flagProperty).asBoolean(false);
    }
}
