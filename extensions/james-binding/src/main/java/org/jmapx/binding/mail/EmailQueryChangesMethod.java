package org.jmapx.binding.mail;

import javax.inject.Inject;

import org.jmapx.binding.json.JsonBridge;

/** Email/queryChanges (RFC 8621 4.5): {@code cannotCalculateChanges}, as James's Email/query does not track its results. */
public class EmailQueryChangesMethod extends UntrackedQueryChanges {
    @Inject
    public EmailQueryChangesMethod(JsonBridge bridge) {
        super("Email/query", bridge);
    }
}
