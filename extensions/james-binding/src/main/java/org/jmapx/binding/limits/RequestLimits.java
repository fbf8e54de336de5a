package org.jmapx.binding.limits;

/**
 * The request limits of RFC 8620 section 2 that James 3.8.1 advertises in the core capability
 * (CoreCapabilityFactory: maxSizeRequest 10,000,000 octets, maxCallsInRequest 16, maxConcurrentRequests 4)
 * but does not enforce.
 * The session test checks that what is enforced here is what the session advertises.
 */
public record RequestLimits(long maxSizeRequest, int maxCallsInRequest, int maxConcurrentRequests) {
    public static final RequestLimits JAMES_3_8_1 = new RequestLimits(10_000_000L, 16, 4);
}
