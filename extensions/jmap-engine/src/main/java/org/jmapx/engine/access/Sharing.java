package org.jmapx.engine.access;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What makes a type a shared container (RFC 9670 section 1.3): its rights vocabulary, the properties
 * each user keeps for themself (an AddressBook's isSubscribed) with the value a sharee starts with, and
 * the container every account gets. A per-user default that is a missing node means "the owner's value". The engine then computes "myRights", validates and enforces
 * "shareWith", and filters every method of the container type and of its item types by the caller's
 * rights. The type declares "shareWith" (default null) and the computed "myRights" in its schema.
 */
public record Sharing(RightsModel rights, Map<String, JsonNode> perUserDefaults,
                      Optional<DefaultContainer> defaultContainer) {
    public static final String SHARE_WITH = "shareWith";
    public static final String MY_RIGHTS = "myRights";

    public Sharing {
        perUserDefaults = Map.copyOf(perUserDefaults);
    }

    public boolean isPerUser(String property) {
        return perUserDefaults.containsKey(property);
    }
}
