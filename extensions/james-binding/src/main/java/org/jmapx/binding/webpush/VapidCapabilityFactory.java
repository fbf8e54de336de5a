package org.jmapx.binding.webpush;

import org.apache.james.jmap.core.Capability;
import org.apache.james.jmap.core.CapabilityFactory;
import org.apache.james.jmap.core.CapabilityProperties;
import org.apache.james.jmap.core.UrlPrefixes;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * urn:ietf:params:jmap:webpush-vapid (RFC 9749 section 3) with the current applicationServerKey, read at
 * every session request so that a rotated key shows without a restart.
 */
public class VapidCapabilityFactory implements CapabilityFactory {
    public static final String URN = "urn:ietf:params:jmap:webpush-vapid";

    private final ReloadingVapidKeys keys;
    private final JsonBridge bridge;

    public VapidCapabilityFactory(ReloadingVapidKeys keys, JsonBridge bridge) {
        this.keys = keys;
        this.bridge = bridge;
    }

    // James 3.9 changes this signature to create(UrlPrefixes, Username)
    @Override
    public Capability create(UrlPrefixes urlPrefixes) {
        String applicationServerKey = keys.current().applicationServerKey();
        return new Capability() {
            @Override
            public String identifier() {
                return URN;
            }

            @Override
            public CapabilityProperties properties() {
                return () -> bridge.toPlay(JsonNodeFactory.instance.objectNode().put("applicationServerKey", applicationServerKey));
            }
        };
    }

    @Override
    public String id() {
        return URN;
    }
}
