package org.jmapx.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What every {@link ChangeLog} does (see its Javadoc). Retention is implementation-specific (memory
 * prunes on append, Cassandra uses TTLs) and is tested beside each implementation.
 */
public interface ChangeLogContract {
    ChangeLog changeLog();

    private static String randomAccount() {
        return "account-" + UUID.randomUUID();
    }

    @Test
    default void currentStateShouldBeTheInitialStateBeforeAnyAppend() {
        assertThat(changeLog().currentState(randomAccount(), "Todo")).isEqualTo(ChangeLog.INITIAL_STATE);
    }

    @Test
    default void appendShouldReturnTheNewCurrentState() {
        String account = randomAccount();
        String state = changeLog().append(account, "Todo", Change.created("1"));

        assertThat(changeLog().currentState(account, "Todo")).isEqualTo(state).isNotEqualTo(ChangeLog.INITIAL_STATE);
    }

    @Test
    default void appendShouldReturnUniqueStates() {
        String account = randomAccount();
        Set<String> states = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            states.add(changeLog().append(account, "Todo", Change.updated("1")));
        }

        assertThat(states).hasSize(20).doesNotContain(ChangeLog.INITIAL_STATE);
    }

    @Test
    default void appendShouldRejectAnEmptyChange() {
        assertThatThrownBy(() -> changeLog().append(randomAccount(), "Todo", new Change(Set.of(), Set.of(), Set.of())))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void changesSinceTheCurrentStateShouldBeEmpty() throws Exception {
        String account = randomAccount();
        String state = changeLog().append(account, "Todo", Change.created("1"));

        assertThat(changeLog().changesSince(account, "Todo", state, 10))
            .isEqualTo(new ChangesSince(state, state, false, java.util.List.of(), java.util.List.of(), java.util.List.of()));
    }

    @Test
    default void changesSinceTheInitialStateOfAnUntouchedAccountShouldBeEmpty() throws Exception {
        ChangesSince changes = changeLog().changesSince(randomAccount(), "Todo", ChangeLog.INITIAL_STATE, 10);

        assertThat(changes.newState()).isEqualTo(ChangeLog.INITIAL_STATE);
        assertThat(changes.created()).isEmpty();
    }

    @Test
    default void changesSinceTheInitialStateShouldListEveryChange() throws Exception {
        String account = randomAccount();
        changeLog().append(account, "Todo", Change.created("1"));
        String last = changeLog().append(account, "Todo", Change.created("2"));

        ChangesSince changes = changeLog().changesSince(account, "Todo", ChangeLog.INITIAL_STATE, 10);

        assertThat(changes.created()).containsExactlyInAnyOrder("1", "2");
        assertThat(changes.oldState()).isEqualTo(ChangeLog.INITIAL_STATE);
        assertThat(changes.newState()).isEqualTo(last);
        assertThat(changes.hasMoreChanges()).isFalse();
    }

    @Test
    default void changesSinceShouldOnlyListChangesAfterTheState() throws Exception {
        String account = randomAccount();
        changeLog().append(account, "Todo", Change.created("1"));
        String since = changeLog().append(account, "Todo", Change.created("2"));
        changeLog().append(account, "Todo", Change.created("3"));

        assertThat(changeLog().changesSince(account, "Todo", since, 10).created()).containsExactly("3");
    }

    @Test
    default void createdThenUpdatedShouldBeCreated() throws Exception {
        String account = randomAccount();
        changeLog().append(account, "Todo", Change.created("1"));
        changeLog().append(account, "Todo", Change.updated("1"));

        ChangesSince changes = changeLog().changesSince(account, "Todo", ChangeLog.INITIAL_STATE, 10);

        assertThat(changes.created()).containsExactly("1");
        assertThat(changes.updated()).isEmpty();
    }

    @Test
    default void createdThenDestroyedShouldBeDropped() throws Exception {
        String account = randomAccount();
        changeLog().append(account, "Todo", Change.created("1"));
        changeLog().append(account, "Todo", Change.destroyed("1"));

        ChangesSince changes = changeLog().changesSince(account, "Todo", ChangeLog.INITIAL_STATE, 10);

        assertThat(changes.created()).isEmpty();
        assertThat(changes.destroyed()).isEmpty();
    }

    @Test
    default void updatedThenDestroyedShouldBeDestroyed() throws Exception {
        String account = randomAccount();
        String since = changeLog().append(account, "Todo", Change.created("1"));
        changeLog().append(account, "Todo", Change.updated("1"));
        changeLog().append(account, "Todo", Change.destroyed("1"));

        ChangesSince changes = changeLog().changesSince(account, "Todo", since, 10);

        assertThat(changes.updated()).isEmpty();
        assertThat(changes.destroyed()).containsExactly("1");
    }

    @Test
    default void maxChangesShouldStopBeforeTheEntryThatWouldExceedIt() throws Exception {
        String account = randomAccount();
        String first = changeLog().append(account, "Todo", Change.created("1"));
        changeLog().append(account, "Todo", new Change(Set.of("2", "3"), Set.of(), Set.of()));

        ChangesSince changes = changeLog().changesSince(account, "Todo", ChangeLog.INITIAL_STATE, 2);

        assertThat(changes.created()).containsExactly("1");
        assertThat(changes.newState()).isEqualTo(first);
        assertThat(changes.hasMoreChanges()).isTrue();
    }

    @Test
    default void maxChangesShouldNeverSplitAFirstEntryLargerThanIt() throws Exception {
        String account = randomAccount();
        String first = changeLog().append(account, "Todo", new Change(Set.of("1", "2", "3"), Set.of(), Set.of()));
        changeLog().append(account, "Todo", Change.created("4"));

        ChangesSince changes = changeLog().changesSince(account, "Todo", ChangeLog.INITIAL_STATE, 2);

        assertThat(changes.created()).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(changes.newState()).isEqualTo(first);
        assertThat(changes.hasMoreChanges()).isTrue();
    }

    @Test
    default void pagingWithNewStateShouldEventuallyListEveryChange() throws Exception {
        String account = randomAccount();
        for (int i = 0; i < 5; i++) {
            changeLog().append(account, "Todo", Change.created(Integer.toString(i)));
        }
        Set<String> seen = new HashSet<>();
        String state = ChangeLog.INITIAL_STATE;
        boolean more = true;
        while (more) {
            ChangesSince page = changeLog().changesSince(account, "Todo", state, 2);
            seen.addAll(page.created());
            state = page.newState();
            more = page.hasMoreChanges();
        }

        assertThat(seen).containsExactlyInAnyOrder("0", "1", "2", "3", "4");
        assertThat(state).isEqualTo(changeLog().currentState(account, "Todo"));
    }

    @Test
    default void changesSinceAStateNeverIssuedShouldBeImpossible() {
        String account = randomAccount();
        changeLog().append(account, "Todo", Change.created("1"));

        assertThatThrownBy(() -> changeLog().changesSince(account, "Todo", "never-issued", 10))
            .isInstanceOf(CannotCalculateChangesException.class);
    }

    @Test
    default void logsShouldBeIsolatedByAccountAndType() throws Exception {
        String account = randomAccount();
        changeLog().append(account, "Todo", Change.created("1"));

        assertThat(changeLog().currentState(randomAccount(), "Todo")).isEqualTo(ChangeLog.INITIAL_STATE);
        assertThat(changeLog().currentState(account, "Note")).isEqualTo(ChangeLog.INITIAL_STATE);
        assertThat(changeLog().changesSince(account, "Note", ChangeLog.INITIAL_STATE, 10).created()).isEmpty();
    }
}
