package org.jmapx.engine.access;

/**
 * The principals (RFC 9670 section 2) that shareWith may name. A principal's id is the id of the
 * account it owns, so the owner of an account is known without a lookup.
 */
public interface Principals {
    /** Every id is a principal: for tests of the engine alone. */
    Principals ANY = principalId -> true;

    boolean exists(String principalId);

    default String ownerOf(String accountId) {
        return accountId;
    }
}
