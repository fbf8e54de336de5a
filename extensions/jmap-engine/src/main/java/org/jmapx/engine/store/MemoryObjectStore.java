package org.jmapx.engine.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link ObjectStore} in the JVM heap. Documents are deep-copied in and out so that a caller
 * mutating a document it got never changes what is stored.
 */
public class MemoryObjectStore implements ObjectStore {
    private record Partition(String accountId, String type) { }

    private final Map<Partition, Map<String, ObjectNode>> partitions = new ConcurrentHashMap<>();

    @Override
    public Map<String, ObjectNode> get(String accountId, String type, Collection<String> ids) {
        Map<String, ObjectNode> objects = partition(accountId, type);
        return ids.stream()
            .distinct()
            .filter(objects::containsKey)
            .collect(Collectors.toMap(id -> id, id -> objects.get(id).deepCopy()));
    }

    @Override
    public List<ObjectNode> all(String accountId, String type) {
        return partition(accountId, type).values().stream().map(ObjectNode::deepCopy).toList();
    }

    @Override
    public void put(String accountId, String type, String id, ObjectNode object) {
        Objects.requireNonNull(object);
        partition(accountId, type).put(id, object.deepCopy());
    }

    @Override
    public void delete(String accountId, String type, String id) {
        partition(accountId, type).remove(id);
    }

    private Map<String, ObjectNode> partition(String accountId, String type) {
        return partitions.computeIfAbsent(new Partition(accountId, type), key -> new ConcurrentHashMap<>());
    }
}
