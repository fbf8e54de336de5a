package org.jmapx.cassandra.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.jmapx.engine.store.ObjectStore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import reactor.core.publisher.Flux;

/**
 * {@link ObjectStore} on Cassandra. Each document is one row written by one INSERT, so an object is
 * never half-written; a put replaces the whole JSON text, so stale properties cannot survive.
 * Blocks on the DAO because the engine's store API is synchronous.
 */
public class CassandraObjectStore implements ObjectStore {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int CONCURRENT_WRITES = 32;

    private final CassandraObjectStoreDAO dao;

    @Inject
    public CassandraObjectStore(CassandraObjectStoreDAO dao) {
        this.dao = dao;
    }

    @Override
    public Map<String, ObjectNode> get(String accountId, String type, Collection<String> ids) {
        Map<String, ObjectNode> found = new LinkedHashMap<>();
        dao.read(accountId, type, ids).toIterable().forEach(stored -> found.put(stored.id(), parse(stored)));
        return found;
    }

    @Override
    public List<ObjectNode> all(String accountId, String type) {
        return dao.readAll(accountId, type).map(this::parse).collectList().block();
    }

    @Override
    public void put(String accountId, String type, String id, ObjectNode object) {
        try {
            dao.save(accountId, type, id, MAPPER.writeValueAsString(object)).block();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("object " + id + " cannot be written as JSON", e);
        }
    }

    /** Concurrent INSERTs (bounded), awaited together: one round trip of latency for a whole /set call. */
    @Override
    public void putAll(String accountId, String type, Map<String, ObjectNode> objects) {
        Flux.fromIterable(objects.entrySet())
            .flatMap(entry -> dao.save(accountId, type, entry.getKey(), json(entry.getKey(), entry.getValue())),
                CONCURRENT_WRITES)
            .then()
            .block();
    }

    @Override
    public void delete(String accountId, String type, String id) {
        dao.delete(accountId, type, id).block();
    }

    private static String json(String id, ObjectNode object) {
        try {
            return MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("object " + id + " cannot be written as JSON", e);
        }
    }

    private ObjectNode parse(StoredObject stored) {
        try {
            return (ObjectNode) MAPPER.readTree(stored.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("object " + stored.id() + " is stored as invalid JSON", e);
        }
    }
}
