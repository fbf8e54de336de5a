package org.jmapx.binding.mail;

import javax.inject.Inject;

import org.jmapx.binding.json.JsonBridge;

/** Mailbox/queryChanges (RFC 8621 2.4): {@code cannotCalculateChanges}, as Mailbox/query does not track its results. */
public class MailboxQueryChangesMethod extends UntrackedQueryChanges {
    @Inject
    public MailboxQueryChangesMethod(JsonBridge bridge) {
        super("Mailbox/query", bridge);
    }
}
