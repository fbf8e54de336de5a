package org.jmapx.engine.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link ObjectStore} in the JVM heap. Documents are kept as their JSON bytes, not as trees: a Jackson
 * tree holds a LinkedHashMap per JSON object, so a contact card took about 8 KB of heap as a tree and
 * takes well under 1 KB as bytes. Decoding on the way out also gives every caller its own copy, so a
 * caller mutating a document it got never changes what is stored.
 */
public class MemoryObjectStore implements ObjectStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Partition(String accountId, String type) { }

    private final Map<Partition, Map<String, byte[]>> partitions = new ConcurrentHashMap<>();

    @Override
    public Map<String, ObjectNode> get(String accountId, String type, Collection<String> ids) {
        Map<String, byte[]> objects = partition(accountId, type);
        return ids.stream()
            .distinct()
            .filter(objects::containsKey)
            .collect(Collectors.toMap(id -> id, id -> decode(objects.get(id))));
    }

    @Override
    public List<ObjectNode> all(String accountId, String type) {
        return partition(accountId, type).values().stream().map(MemoryObjectStore::decode).toList();
    }

    @Override
    public void put(String accountId, String type, String id, ObjectNode object) {
        Objects.requireNonNull(object);
        partition(accountId, type).put(id, encode(object));
    }

    @Override
    public void delete(String accountId, String type, String id) {
        partition(accountId, type).remove(id);
    }

    private Map<String, byte[]> partition(String accountId, String type) {
        return partitions.computeIfAbsent(new Partition(accountId, type), key -> new ConcurrentHashMap<>());
    }

    private static byte[] encode(ObjectNode object) {
        try {
            return JSON.writeValueAsBytes(object);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode decode(byte[] bytes) {
        try {
            return (ObjectNode) JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored document no longer parses", e);
        }
    }
}
