package org.jmapx.binding.account;

import org.apache.james.core.Username;
import org.apache.james.jmap.core.AccountId;

import scala.util.Either;

/** James's JMAP account id of a user (a hash of the username), the key of every JMAPX store. */
public final class AccountIds {
    private AccountIds() {
    }

    public static String of(String username) {
        Either<IllegalArgumentException, AccountId> accountId = AccountId.from(Username.of(username));
        if (accountId.isLeft()) {
            throw accountId.swap().toOption().get();
        }
        return accountId.toOption().get().id();
    }
}
