package org.jmapx.engine.method;

/** The limits of urn:ietf:params:jmap:core that standard methods enforce (RFC 8620 section 2). */
public record CoreLimits(int maxObjectsInGet, int maxObjectsInSet) {
    /** James 3.8.1's defaults. */
    public static final CoreLimits DEFAULT = new CoreLimits(500, 500);
}
