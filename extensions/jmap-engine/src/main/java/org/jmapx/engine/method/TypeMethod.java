package org.jmapx.engine.method;

import java.util.Set;

import org.jmapx.engine.access.AccessControl;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.TypeStorage;

/** A standard method of one type: named "Type/suffix", it needs core and the type's capability. */
public abstract class TypeMethod implements JmapMethod {
    protected final JmapType type;
    protected final TypeStorage storage;
    protected final AccessControl access;
    private final String name;
    private final Set<String> requiredCapabilities;

    protected TypeMethod(JmapType type, TypeStorage storage, AccessControl access, String suffix) {
        this.type = type;
        this.storage = storage;
        this.access = access;
        this.name = type.name() + "/" + suffix;
        this.requiredCapabilities = Set.of(Capabilities.CORE, type.capability());
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<String> requiredCapabilities() {
        return requiredCapabilities;
    }
}
