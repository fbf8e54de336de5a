package org.jmapx.binding.smime;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The S/MIME part of an Email/set request: per creation id, the protection the message gets before it
 * is stored ({@link SmimeEmailCreator}), or the SetError that replaces the creation (nothing is created then).
 */
record SmimeCreationPlan(Map<String, SmimeProtection> protections, Map<String, ObjectNode> errors) {
}
