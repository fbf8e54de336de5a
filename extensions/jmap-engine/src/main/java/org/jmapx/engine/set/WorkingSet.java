package org.jmapx.engine.set;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.json.JsonValues;
import org.jmapx.engine.access.CallAccess;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.type.TypeStorage;

/**
 * The records of one account while a /set call runs: what the store held, and what the call has
 * made of them so far. Nothing reaches the store before {@link #commit}.
 */
final class WorkingSet implements SetWork {
    private final String accountId;
    private final ObjectNode arguments;
    private final MethodContext context;
    private final TypeStorage storage;
    private final Map<String, Optional<ObjectNode>> original = new HashMap<>();
    private final Map<String, ObjectNode> current = new LinkedHashMap<>();
    private final Set<String> created = new LinkedHashSet<>();
    private final Set<String> updated = new LinkedHashSet<>();
    private final Set<String> destroyed = new LinkedHashSet<>();
    /** Updated records as the client's patch made them, before the server set its own properties. */
    private final Map<String, ObjectNode> clientVersions = new HashMap<>();
    private boolean allLoaded;

    WorkingSet(String accountId, ObjectNode arguments, MethodContext context, TypeStorage storage) {
        this.accountId = accountId;
        this.arguments = arguments;
        this.context = context;
        this.storage = storage;
    }

    @Override
    public String accountId() {
        return accountId;
    }

    @Override
    public MethodContext context() {
        return context;
    }

    @Override
    public ObjectNode arguments() {
        return arguments;
    }

    @Override
    public Optional<String> resolveId(String idOrReference) {
        return CreationReferences.resolveId(idOrReference, context);
    }

    @Override
    public Optional<ObjectNode> get(String id) {
        if (destroyed.contains(id)) {
            return Optional.empty();
        }
        if (!current.containsKey(id)) {
            load(List.of(id));
        }
        return Optional.ofNullable(current.get(id)).map(ObjectNode::deepCopy);
    }

    @Override
    public Collection<ObjectNode> all() {
        if (!allLoaded) {
            storage.all(accountId).forEach(object -> remember(object.get("id").asText(), object));
            allLoaded = true;
        }
        return current.values().stream().map(ObjectNode::deepCopy).toList();
    }

    @Override
    public void replace(String id, ObjectNode object) {
        if (get(id).isEmpty()) {
            throw new IllegalArgumentException("No record " + id + " to replace");
        }
        current.put(id, object.deepCopy());
        if (!created.contains(id)) {
            updated.add(id);
        }
    }

    void rememberClientVersion(String id, ObjectNode object) {
        clientVersions.put(id, object.deepCopy());
    }

    Optional<ObjectNode> clientVersion(String id) {
        return Optional.ofNullable(clientVersions.get(id)).map(ObjectNode::deepCopy);
    }

    void create(String id, ObjectNode object) {
        current.put(id, object.deepCopy());
        original.put(id, Optional.empty());
        created.add(id);
    }

    void destroy(String id) {
        current.remove(id);
        destroyed.add(id);
    }

    boolean isCreated(String id) {
        return created.contains(id);
    }

    /** The record before this call, empty for records this call created. */
    Optional<ObjectNode> original(String id) {
        return original.getOrDefault(id, Optional.empty()).map(ObjectNode::deepCopy);
    }

    @Override
    public Set<String> createdIds() {
        Set<String> ids = new LinkedHashSet<>(created);
        ids.removeAll(destroyed);
        return ids;
    }

    Set<String> updatedIds() {
        Set<String> ids = new LinkedHashSet<>(updated);
        ids.removeAll(destroyed);
        return ids;
    }

    /**
     * Stores the result, appends one Change for the whole call and returns the new state. An update that
     * left its record as it was (a value set to what it already was) is still a successful update, but
     * changes no data: it gets no new state (RFC 8620 5.1, the state changes when the data does).
     */
    String commit() {
        Map<String, ObjectNode> puts = new LinkedHashMap<>();
        createdIds().forEach(id -> puts.put(id, current.get(id)));
        Set<String> changedOnly = new LinkedHashSet<>(updatedIds());
        changedOnly.removeAll(created);
        changedOnly.removeIf(id -> original.get(id).map(before -> JsonValues.same(before, current.get(id))).orElse(false));
        changedOnly.forEach(id -> puts.put(id, current.get(id)));
        Set<String> deletes = new LinkedHashSet<>(destroyed);
        deletes.removeAll(created);
        return storage.commit(accountId, puts, deletes, new Change(createdIds(), changedOnly, deletes));
    }

    /** What the call wrote, as (before, after) pairs, for access rules that follow writes (grant changes). */
    List<CallAccess.Write> writes() {
        List<CallAccess.Write> writes = new ArrayList<>();
        createdIds().forEach(id -> writes.add(new CallAccess.Write(Optional.empty(), Optional.of(current.get(id)))));
        updatedIds().stream().filter(id -> !created.contains(id))
            .forEach(id -> writes.add(new CallAccess.Write(original.get(id), Optional.of(current.get(id)))));
        destroyedStoredIds().forEach(id -> writes.add(new CallAccess.Write(original.get(id), Optional.empty())));
        return writes;
    }

    /** Ids of stored records this call destroyed (records created and destroyed by the call excluded). */
    Set<String> destroyedStoredIds() {
        Set<String> ids = new LinkedHashSet<>(destroyed);
        ids.removeAll(created);
        return ids;
    }

    private void load(Collection<String> ids) {
        Map<String, ObjectNode> found = storage.get(accountId, ids);
        ids.forEach(id -> {
            if (!original.containsKey(id)) {
                original.put(id, Optional.ofNullable(found.get(id)));
                if (found.containsKey(id)) {
                    current.put(id, found.get(id));
                }
            }
        });
    }

    private void remember(String id, ObjectNode object) {
        if (!original.containsKey(id)) {
            original.put(id, Optional.of(object));
            current.put(id, object.deepCopy());
        }
    }
}
