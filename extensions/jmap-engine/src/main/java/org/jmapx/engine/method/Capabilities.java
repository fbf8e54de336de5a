package org.jmapx.engine.method;

/** Capability URNs the engine itself refers to. */
public final class Capabilities {
    public static final String CORE = "urn:ietf:params:jmap:core";

    private Capabilities() {
    }
}
