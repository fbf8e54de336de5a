package org.jmapx.binding.api;

import org.apache.james.jmap.core.Invocation;
import org.apache.james.mailbox.MailboxSession;

/**
 * Adapts one of James's own methods to the RFC where James 3.8.1 departs from it and the fix needs no
 * change inside James: the arguments before James sees them, or the response James gave.
 */
public interface InvocationRewriter {
    default Invocation arguments(Invocation call) {
        return call;
    }

    /** The arguments, for a rewriter that needs to know who calls; by default {@link #arguments(Invocation)}. */
    default Invocation arguments(Invocation call, MailboxSession session) {
        return arguments(call);
    }

    /** @param call the call as the client made it (references resolved), before any rewriter changed its arguments */
    default Invocation response(Invocation call, Invocation response) {
        return response;
    }
}
