package org.jmapx.binding.sieve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.james.sieverepository.api.ScriptSummary;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.type.TypeStorage;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings the SieveScript records of an account in line with James's SieveRepository, which ManageSieve
 * and WebAdmin also write: a new name gets a new id, a vanished name is destroyed, new content or
 * activation is an update, all recorded in the change log so /changes and push see them. A rename outside
 * JMAP reads as a destroy and a create (the repository keeps no identity but the name).
 */
final class RepositoryMirror {
    private final SieveScripts scripts;

    RepositoryMirror(SieveScripts scripts) {
        this.scripts = scripts;
    }

    /** Must run under {@code storage.lock(accountId)}. */
    void sync(String accountId, TypeStorage storage) {
        scripts.of(accountId).ifPresent(user -> sync(accountId, storage, user));
    }

    private void sync(String accountId, TypeStorage storage, UserScripts user) {
        Map<String, ObjectNode> recordsByName = new HashMap<>();
        storage.all(accountId).forEach(record -> recordsByName.put(SieveScriptRecords.name(record), record));
        Map<String, ObjectNode> puts = new HashMap<>();
        Set<String> created = new HashSet<>();
        Set<String> updated = new HashSet<>();
        for (ScriptSummary summary : user.list()) {
            String name = summary.getName().getValue();
            ObjectNode known = recordsByName.remove(name);
            String id = known == null ? UUID.randomUUID().toString() : known.path(SieveScriptRecords.ID).asText();
            ObjectNode current = SieveScriptRecords.of(id, name, user.content(name), summary.isActive());
            if (known == null) {
                created.add(id);
                puts.put(id, current);
            } else if (!current.equals(known)) {
                updated.add(id);
                puts.put(id, current);
            }
        }
        Set<String> destroyed = new HashSet<>();
        recordsByName.values().forEach(gone -> destroyed.add(gone.path(SieveScriptRecords.ID).asText()));
        Change change = new Change(created, updated, destroyed);
        if (!change.isEmpty()) {
            storage.commit(accountId, puts, destroyed, change);
        }
    }
}
