package org.jmapx.binding.sharing;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A shared container type as the session and push see it: the capability whose methods serve it and its
 * items (AddressBook: urn:ietf:params:jmap:contacts), which a shared account lists in its
 * accountCapabilities as the owner's account has it with {@code shareeOverrides} applied
 * (mayCreateAddressBook false: only owners create), and the data types whose changes a sharee is pushed
 * (the container type and its item types).
 */
public record SharedContainerCapability(String containerType, String capability, ObjectNode shareeOverrides,
                                        Set<String> pushedTypes) {
    public SharedContainerCapability {
        pushedTypes = Set.copyOf(pushedTypes);
    }
}
