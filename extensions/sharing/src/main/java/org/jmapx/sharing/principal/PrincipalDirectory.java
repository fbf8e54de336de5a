package org.jmapx.sharing.principal;

import java.util.List;

/** Where the individual principals come from: the server's users (James's users repository). */
@FunctionalInterface
public interface PrincipalDirectory {
    /** Every user, as a principal id (their account id) and their email address (their username). */
    List<Individual> individuals();

    record Individual(String principalId, String email) {
    }
}
