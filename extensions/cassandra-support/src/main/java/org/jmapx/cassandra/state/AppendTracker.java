package org.jmapx.cassandra.state;

import java.util.function.Supplier;

/** Keeps what a change log remembers of the latest states exact when an append is made elsewhere (a commit's batch). */
public interface AppendTracker {
    AppendTracker UNTRACKED = (accountId, type, append) -> append.get();

    /** Runs {@code append}, which appends to the (account, type) and returns the new state. */
    String track(String accountId, String type, Supplier<String> append);
}
