package org.jmapx.benchmarks;

import java.util.List;

/**
 * One named JMAP request that the load driver repeats. To add a workload, implement this
 * (usually as a {@link Workloads#simple} one-liner) and register it in {@link Workloads#ALL}.
 */
public interface Workload {
    String name();

    String description();

    /** The request body, built once per run from the user's session (e.g. to pick an accountId). */
    String requestBody(Session session);

    /** The method name every response of the request must carry (anything else, e.g. "error", is a failure). */
    List<String> expectedMethodNames();

    /** What the driver knows of the user's JMAP session (GET /jmap/session). */
    interface Session {
        String username();

        /** primaryAccounts[capability], failing loudly when the session does not advertise it. */
        String primaryAccountId(String capability);
    }
}
