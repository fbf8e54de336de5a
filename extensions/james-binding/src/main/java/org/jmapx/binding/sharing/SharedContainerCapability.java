package org.jmapx.binding.sharing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The capability whose methods serve a shared container type and its items (AddressBook:
 * urn:ietf:params:jmap:contacts): a shared account lists it in its accountCapabilities, as the owner's
 * account has it with {@code shareeOverrides} applied (mayCreateAddressBook false: only owners create).
 */
public record SharedContainerCapability(String containerType, String capability, ObjectNode shareeOverrides) {
}
