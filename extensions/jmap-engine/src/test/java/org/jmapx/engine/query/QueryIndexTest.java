package org.jmapx.engine.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.state.Change;
import org.jmapx.engine.state.MemoryChangeLog;
import org.jmapx.engine.store.MemoryObjectStore;
import org.jmapx.engine.testing.Json;
import org.jmapx.engine.type.TypeStorage;
import org.junit.jupiter.api.Test;

class QueryIndexTest {
    private record TitleView(String id, String title) implements QueryView { }

    /** Counts what the index reads, to show a refresh reads only the changed records (commits read too: see forgetReads). */
    private static final class CountingStore extends MemoryObjectStore {
        final List<Collection<String>> gets = new ArrayList<>();
        int alls;

        @Override
        public Map<String, ObjectNode> get(String accountId, String type, Collection<String> ids) {
            gets.add(List.copyOf(ids));
            return super.get(accountId, type, ids);
        }

        @Override
        public List<ObjectNode> all(String accountId, String type) {
            alls++;
            return super.all(accountId, type);
        }
    }

    private final CountingStore store = new CountingStore();
    private final MemoryChangeLog changeLog = new MemoryChangeLog();
    private final TypeStorage storage = new TypeStorage("Todo", store, changeLog, (a, t, s) -> { });
    private final QueryIndex<TitleView> index =
        new QueryIndex<>(record -> new TitleView(record.get("id").asText(), record.path("title").asText()), 3);

    private void put(String account, String id, String title) {
        storage.commit(account, Map.of(id, Json.object("{'id': '" + id + "', 'title': '" + title + "'}")), Set.of(),
            Change.updated(id));
    }

    private List<String> titles(String account) {
        return index.current(account, storage).sorted("title", Comparator.comparing(TitleView::title)).stream()
            .map(TitleView::title).toList();
    }

    @Test
    void theDefaultBoundShouldFollowASmallHeapSoThatViewsCannotFillIt() {
        long distributionHeap = 256L * 1024 * 1024;

        assertThat(QueryIndex.maxViewsFor(distributionHeap)).isEqualTo(32_768);
        assertThat(QueryIndex.maxViewsFor(distributionHeap) * 1_200L).isLessThan(distributionHeap / 6);
    }

    @Test
    void theDefaultBoundShouldStayBetweenOneThousandAndTwoHundredFiftyThousandViews() {
        assertThat(QueryIndex.maxViewsFor(16L * 1024 * 1024 * 1024)).isEqualTo(250_000);
        assertThat(QueryIndex.maxViewsFor(1024 * 1024)).isEqualTo(1_000);
    }

    @Test
    void theFirstUseShouldBuildFromEveryRecordAtTheCurrentState() {
        put("a", "1", "one");
        put("a", "2", "two");

        QueryIndexSnapshot<TitleView> snapshot = index.current("a", storage);

        assertThat(snapshot.state()).isEqualTo(storage.state("a"));
        assertThat(snapshot.size()).isEqualTo(2);
        assertThat(store.alls).isEqualTo(1);
    }

    @Test
    void anUnchangedStateShouldReuseTheSnapshotWithoutReadingRecords() {
        put("a", "1", "one");
        QueryIndexSnapshot<TitleView> first = index.current("a", storage);
        store.gets.clear();

        QueryIndexSnapshot<TitleView> second = index.current("a", storage);

        assertThat(second).isSameAs(first);
        assertThat(store.alls).isEqualTo(1);
        assertThat(store.gets).isEmpty();
    }

    @Test
    void aRefreshShouldReadOnlyTheChangedRecordsAndDropDestroyedOnes() {
        put("a", "1", "one");
        put("a", "2", "two");
        index.current("a", storage);

        put("a", "2", "deux");
        storage.commit("a", Map.of(), Set.of("1"), Change.destroyed("1"));
        // the commits read the records they replace (to roll back on failure); only the index's reads count
        store.gets.clear();

        assertThat(titles("a")).containsExactly("deux");
        assertThat(store.alls).isEqualTo(1);
        assertThat(store.gets).containsExactly(List.of("2"));
    }

    @Test
    void aStateTheLogNoLongerKnowsShouldRebuild() {
        MemoryChangeLog shortLog = new MemoryChangeLog(java.time.Duration.ofDays(1), 1, java.time.Clock.systemUTC());
        TypeStorage shortStorage = new TypeStorage("Todo", store, shortLog, (a, t, s) -> { });
        shortStorage.commit("a", Map.of("1", Json.object("{'id': '1', 'title': 'one'}")), Set.of(), Change.created("1"));
        index.current("a", shortStorage);

        shortStorage.commit("a", Map.of("2", Json.object("{'id': '2', 'title': 'two'}")), Set.of(), Change.created("2"));
        shortStorage.commit("a", Map.of("3", Json.object("{'id': '3', 'title': 'three'}")), Set.of(), Change.created("3"));

        assertThat(index.current("a", shortStorage).size()).isEqualTo(3);
        assertThat(store.alls).isEqualTo(2);
    }

    @Test
    void sortedOrdersShouldBeCachedPerSnapshotAndRecomputedAfterAChange() {
        put("a", "1", "b");
        put("a", "2", "a");
        List<TitleView> first = index.current("a", storage).sorted("title", Comparator.comparing(TitleView::title));

        assertThat(index.current("a", storage).sorted("title", Comparator.comparing(TitleView::title))).isSameAs(first);
        put("a", "3", "c");
        assertThat(titles("a")).containsExactly("a", "b", "c");
    }

    @Test
    void lookupsShouldFindViewsByKey() {
        put("a", "1", "same");
        put("a", "2", "same");
        put("a", "3", "other");

        List<TitleView> same = index.current("a", storage).lookup("title", view -> Set.of(view.title()), "same");

        assertThat(same).extracting(TitleView::id).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void theLeastRecentlyUsedAccountsShouldBeDroppedBeyondTheBound() {
        put("a", "1", "x");
        put("a", "2", "y");
        put("b", "3", "z");
        put("c", "4", "w");
        index.current("a", storage);
        index.current("b", storage);

        index.current("c", storage);

        assertThat(index.holds("a")).isFalse();
        assertThat(index.holds("b")).isTrue();
        assertThat(index.holds("c")).isTrue();
        assertThat(index.size()).isEqualTo(2);
        assertThat(titles("a")).containsExactly("x", "y");
    }

    @Test
    void anAccountLargerThanTheBoundShouldStillBeIndexed() {
        for (int i = 0; i < 5; i++) {
            put("big", "id" + i, "t" + i);
        }

        assertThat(index.current("big", storage).size()).isEqualTo(5);
        assertThat(index.holds("big")).isTrue();
    }

    @Test
    void aSecondIndexOnTheSameStorageShouldSeeWritesItWasNeverToldAbout() {
        QueryIndex<TitleView> otherNode =
            new QueryIndex<>(record -> new TitleView(record.get("id").asText(), record.path("title").asText()));
        put("a", "1", "one");
        index.current("a", storage);
        otherNode.current("a", storage);

        put("a", "1", "uno");

        assertThat(index.current("a", storage).get("1").orElseThrow().title()).isEqualTo("uno");
        assertThat(otherNode.current("a", storage).get("1").orElseThrow().title()).isEqualTo("uno");
    }
}
