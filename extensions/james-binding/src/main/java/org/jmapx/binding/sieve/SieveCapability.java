package org.jmapx.binding.sieve;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * urn:ietf:params:jmap:sieve (RFC 9661 1.2.1). James 3.8.1 shows one object as both the session and the
 * account capability, so it carries the session's "implementation" and every account field.
 */
final class SieveCapability {
    static final String URN = "urn:ietf:params:jmap:sieve";
    static final String IMPLEMENTATION = "Apache James 3.8.1 Sieve (Apache jSieve 0.8)";

    private SieveCapability() {
    }

    static ObjectNode of(SieveLimits limits, List<String> extensions) {
        ObjectNode capability = JsonNodeFactory.instance.objectNode();
        capability.put("implementation", IMPLEMENTATION);
        capability.put("maxSizeScriptName", limits.maxSizeScriptName());
        putLimit(capability, "maxSizeScript", limits.maxSizeScript());
        putLimit(capability, "maxNumberScripts", limits.maxNumberScripts());
        // jSieve's redirect has no per-evaluation limit
        capability.putNull("maxNumberRedirects");
        extensions.forEach(capability.putArray("sieveExtensions")::add);
        // neither "enotify" nor "extlists" is in jSieve
        capability.putNull("notificationMethods");
        capability.putNull("externalLists");
        return capability;
    }

    private static void putLimit(ObjectNode capability, String name, Optional<Long> limit) {
        if (limit.isPresent()) {
            capability.put(name, limit.get());
        } else {
            capability.putNull(name);
        }
    }
}
