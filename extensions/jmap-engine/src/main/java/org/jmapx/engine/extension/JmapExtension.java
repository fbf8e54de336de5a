package org.jmapx.engine.extension;

import java.util.List;

import org.jmapx.engine.method.JmapMethod;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one JMAPX extension (contacts, calendars...) offers a server: its capability and the
 * methods and data types under it. The binding turns this into James's Guice contributions.
 */
public interface JmapExtension {
    /** The capability URN, e.g. urn:ietf:params:jmap:contacts. */
    String capability();

    /** The capability object advertised for an account that has the capability. */
    ObjectNode accountCapability();

    List<JmapMethod> methods();

    /** The data types whose state changes are pushed ("AddressBook", "ContactCard"...). */
    List<String> typeNames();
}
