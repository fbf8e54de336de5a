package org.jmapx.engine.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs every change of rights for operators: who changed what, and each principal's old and new rights. */
public final class ShareAuditLog implements ShareListener {
    private static final Logger LOGGER = LoggerFactory.getLogger(ShareAuditLog.class);

    @Override
    public void sharesChanged(ShareChange change) {
        for (String principal : change.affectedPrincipals()) {
            LOGGER.info("Rights changed by {} on {} {} of account {} for {}: {} -> {}", change.changedBy(),
                change.containerType(), change.containerId(), change.accountId(), principal,
                change.oldGrants().get(principal), change.newGrants().get(principal));
        }
    }
}
