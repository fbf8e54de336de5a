package org.jmapx.binding.capability;

import java.util.function.Supplier;

import org.apache.james.jmap.core.Capability;
import org.apache.james.jmap.core.CapabilityFactory;
import org.apache.james.jmap.core.CapabilityProperties;
import org.apache.james.jmap.core.UrlPrefixes;
import org.jmapx.binding.json.JsonBridge;

import com.fasterxml.jackson.databind.node.ObjectNode;

import play.api.libs.json.JsObject;

/**
 * Advertises one JMAPX capability in the session. James 3.8.1 uses the same object for the
 * session's "capabilities" and for each account's "accountCapabilities", so the properties
 * given here are the account capability's (see docs/conformance.md).
 */
public class JmapxCapabilityFactory implements CapabilityFactory {
    private final String urn;
    private final JsObject properties;

    public JmapxCapabilityFactory(String urn, Supplier<ObjectNode> properties, JsonBridge bridge) {
        this.urn = urn;
        this.properties = bridge.toPlay(properties.get());
    }

    // James 3.9 changes this signature to create(UrlPrefixes, Username)
    @Override
    public Capability create(UrlPrefixes urlPrefixes) {
        return new Capability() {
            @Override
            public String identifier() {
                return urn;
            }

            @Override
            public CapabilityProperties properties() {
                return () -> properties;
            }
        };
    }

    @Override
    public String id() {
        return urn;
    }
}
