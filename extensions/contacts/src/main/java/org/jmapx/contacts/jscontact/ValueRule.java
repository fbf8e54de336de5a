package org.jmapx.contacts.jscontact;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks one JSContact value found at a path ("emails/e1/address") and reports what is wrong with it. */
@FunctionalInterface
public interface ValueRule {
    void check(JsonNode value, String path, Problems problems);
}
