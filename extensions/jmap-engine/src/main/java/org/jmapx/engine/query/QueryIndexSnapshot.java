package org.jmapx.engine.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The views of one account's records at one change-log state. Immutable once built, so queries
 * read it without locks while a newer snapshot is being built; sorted orders and lookups by key
 * are computed on first use and cached with the snapshot (they die with it).
 */
public final class QueryIndexSnapshot<V extends QueryView> {
    /** Distinct sort orders cached per snapshot; further ones are sorted per query (clients use few). */
    private static final int MAX_CACHED_ORDERS = 8;

    private final String state;
    private final Map<String, V> views;
    private final Map<String, List<V>> sortedOrders = new ConcurrentHashMap<>();
    private final Map<String, Map<Object, List<V>>> lookups = new ConcurrentHashMap<>();

    QueryIndexSnapshot(String state, Map<String, V> views) {
        this.state = state;
        this.views = Collections.unmodifiableMap(views);
    }

    /** The change-log state this snapshot describes. */
    public String state() {
        return state;
    }

    public int size() {
        return views.size();
    }

    public Optional<V> get(String id) {
        return Optional.ofNullable(views.get(id));
    }

    public Collection<V> views() {
        return views.values();
    }

    Map<String, V> viewsById() {
        return views;
    }

    /**
     * Every view in {@code order}; {@code key} names the order (same key, same order), so that a
     * query filtering in this order needs no sort of its own.
     */
    public List<V> sorted(String key, Comparator<V> order) {
        List<V> cached = sortedOrders.get(key);
        if (cached != null) {
            return cached;
        }
        List<V> sorted = new ArrayList<>(views.values());
        sorted.sort(order);
        List<V> result = Collections.unmodifiableList(sorted);
        if (sortedOrders.size() < MAX_CACHED_ORDERS) {
            sortedOrders.putIfAbsent(key, result);
        }
        return result;
    }

    /**
     * The views whose {@code keys} include {@code key}. The first call for a {@code lookup} name
     * builds a map over the whole snapshot, later calls are a map read. A name must always be used
     * with the same {@code keys} function.
     */
    public <K> List<V> lookup(String lookup, Function<V, ? extends Collection<K>> keys, K key) {
        Map<Object, List<V>> byKey = lookups.computeIfAbsent(lookup, name -> {
            Map<Object, List<V>> map = new HashMap<>();
            views.values().forEach(view -> keys.apply(view)
                .forEach(k -> map.computeIfAbsent(k, any -> new ArrayList<>()).add(view)));
            return map;
        });
        return byKey.getOrDefault(key, List.of());
    }
}
