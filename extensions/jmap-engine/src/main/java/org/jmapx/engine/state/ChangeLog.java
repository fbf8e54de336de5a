package org.jmapx.engine.state;

/**
 * The change log of every (account, type): gives the state tokens of RFC 8620 section 1.6 / 5.2
 * and the changes since a state.
 *
 * <p>State tokens are opaque to clients. A state older than what the log keeps, or a token it
 * never issued, makes {@link #changesSince} throw {@link CannotCalculateChangesException}.
 *
 * <p>The contract every implementation keeps (checked by ChangeLogContract in the test-jar):
 * <ul>
 *   <li>{@link #currentState} is {@link #INITIAL_STATE} until the first append, then the token of the
 *   latest append; it never goes back, even when retention drops old entries.</li>
 *   <li>Each append returns a new token, unique within its (account, type); the log knows their order.
 *   Appending an empty {@link Change} is a caller error ({@link IllegalArgumentException}).</li>
 *   <li>Each entry remembers the state it followed. {@code changesSince(S)} is answerable iff S is the
 *   current state (empty answer, newState == S) or the first retained entry after S followed S.</li>
 *   <li>Entries are kept for a retention period (memory: 30 days and 10,000 entries by default);
 *   how they expire (pruning on append, Cassandra TTL) is the implementation's business.</li>
 * </ul>
 */
public interface ChangeLog {
    /** The state before any change was ever recorded for an (account, type). */
    String INITIAL_STATE = "0";

    /** The state after the latest recorded change, or {@link #INITIAL_STATE}. */
    String currentState(String accountId, String type);

    /** Records one change set and returns the new state token. */
    String append(String accountId, String type, Change change);

    /**
     * Changes after {@code sinceState}, at most {@code maxChanges} ids in all (a change set is never split:
     * if the first one alone is larger, it is returned whole). Ids are folded as RFC 8620 5.2 asks:
     * created then updated is created; created then destroyed is dropped; updated then destroyed is destroyed.
     * {@code newState} is the state of the last entry included and {@code hasMoreChanges} tells whether
     * entries were left out. {@link ChangeFolder} implements this folding for every implementation.
     *
     * @param maxChanges at least 1
     */
    ChangesSince changesSince(String accountId, String type, String sinceState, int maxChanges)
        throws CannotCalculateChangesException;
}
