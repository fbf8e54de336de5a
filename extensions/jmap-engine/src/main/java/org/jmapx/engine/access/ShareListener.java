package org.jmapx.engine.access;

/**
 * Told after a container's shareWith change was committed: the index of accounts shared with each
 * principal, ShareNotifications (RFC 9670 section 5) and the operators' audit log listen here.
 */
@FunctionalInterface
public interface ShareListener {
    ShareListener NONE = change -> { };

    void sharesChanged(ShareChange change);

    default ShareListener and(ShareListener next) {
        return change -> {
            sharesChanged(change);
            next.sharesChanged(change);
        };
    }
}
