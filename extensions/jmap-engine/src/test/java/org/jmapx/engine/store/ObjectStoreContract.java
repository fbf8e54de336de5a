package org.jmapx.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.jmapx.engine.testing.Json;

/** What every {@link ObjectStore} does. Each test uses its own random accounts. */
public interface ObjectStoreContract {
    ObjectStore store();

    private static String randomAccount() {
        return "account-" + UUID.randomUUID();
    }

    @Test
    default void getShouldReturnWhatWasPut() {
        String account = randomAccount();
        store().put(account, "Todo", "1", Json.object("{'id': '1', 'title': 'a'}"));

        assertThat(store().get(account, "Todo", List.of("1"))).containsOnlyKeys("1");
        assertThat(store().get(account, "Todo", List.of("1")).get("1")).isEqualTo(Json.object("{'id': '1', 'title': 'a'}"));
    }

    @Test
    default void putAllShouldStoreEveryObjectAndReplaceExistingOnes() {
        String account = randomAccount();
        store().put(account, "Todo", "0", Json.object("{'id': '0', 'title': 'old'}"));
        java.util.Map<String, ObjectNode> batch = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            batch.put(Integer.toString(i), Json.object("{'id': '" + i + "', 'title': 't" + i + "'}"));
        }

        store().putAll(account, "Todo", batch);

        assertThat(store().all(account, "Todo")).hasSize(100);
        assertThat(store().get(account, "Todo", List.of("0", "99"))).isEqualTo(
            java.util.Map.of("0", batch.get("0"), "99", batch.get("99")));
    }

    @Test
    default void getShouldOmitUnknownIds() {
        String account = randomAccount();
        store().put(account, "Todo", "1", Json.object("{'id': '1'}"));

        assertThat(store().get(account, "Todo", List.of("1", "2"))).containsOnlyKeys("1");
    }

    @Test
    default void putShouldKeepUnknownAndVendorPropertiesAndNesting() {
        String account = randomAccount();
        ObjectNode document = Json.object("{'id': '1', 'example.com:x': {'deep': [1, {'a': null}]}, 'other': true}");
        store().put(account, "Todo", "1", document);

        assertThat(store().get(account, "Todo", List.of("1")).get("1")).isEqualTo(document);
    }

    @Test
    default void putShouldReplaceTheWholeObject() {
        String account = randomAccount();
        store().put(account, "Todo", "1", Json.object("{'id': '1', 'title': 'a', 'done': true}"));
        store().put(account, "Todo", "1", Json.object("{'id': '1', 'title': 'b'}"));

        assertThat(store().get(account, "Todo", List.of("1")).get("1")).isEqualTo(Json.object("{'id': '1', 'title': 'b'}"));
    }

    @Test
    default void allShouldReturnEveryObjectOfTheAccountAndType() {
        String account = randomAccount();
        store().put(account, "Todo", "1", Json.object("{'id': '1'}"));
        store().put(account, "Todo", "2", Json.object("{'id': '2'}"));

        assertThat(store().all(account, "Todo")).containsExactlyInAnyOrder(Json.object("{'id': '1'}"), Json.object("{'id': '2'}"));
    }

    @Test
    default void allShouldBeEmptyForAnUnknownAccount() {
        assertThat(store().all(randomAccount(), "Todo")).isEmpty();
    }

    @Test
    default void objectsShouldBeIsolatedByAccountAndType() {
        String account = randomAccount();
        String other = randomAccount();
        store().put(account, "Todo", "1", Json.object("{'id': '1'}"));

        assertThat(store().get(other, "Todo", List.of("1"))).isEmpty();
        assertThat(store().get(account, "Note", List.of("1"))).isEmpty();
        assertThat(store().all(account, "Note")).isEmpty();
    }

    @Test
    default void deleteShouldRemoveTheObject() {
        String account = randomAccount();
        store().put(account, "Todo", "1", Json.object("{'id': '1'}"));
        store().put(account, "Todo", "2", Json.object("{'id': '2'}"));

        store().delete(account, "Todo", "1");

        assertThat(store().get(account, "Todo", List.of("1", "2"))).containsOnlyKeys("2");
        assertThat(store().all(account, "Todo")).containsExactly(Json.object("{'id': '2'}"));
    }

    @Test
    default void deleteOfAnUnknownIdShouldBeANoOp() {
        String account = randomAccount();
        store().put(account, "Todo", "1", Json.object("{'id': '1'}"));

        store().delete(account, "Todo", "2");

        assertThat(store().all(account, "Todo")).hasSize(1);
    }

    @Test
    default void mutatingAReturnedDocumentShouldNotChangeTheStore() {
        String account = randomAccount();
        ObjectNode put = Json.object("{'id': '1', 'title': 'a'}");
        store().put(account, "Todo", "1", put);
        put.put("title", "changed after put");
        store().get(account, "Todo", List.of("1")).get("1").put("title", "changed after get");
        store().all(account, "Todo").get(0).put("title", "changed after all");

        assertThat(store().get(account, "Todo", List.of("1")).get("1").get("title").asText()).isEqualTo("a");
    }
}
