package org.jmapx.binding.sieve;

import java.util.List;
import java.util.Optional;

import org.jmapx.engine.type.TypeStorage;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The content a script blobId names, read from James's repository: only while the script still has that
 * content (the digest in the blobId matches), so a blob never changes under its id.
 */
final class ScriptBlobs {
    private final TypeStorage storage;
    private final SieveScripts scripts;

    ScriptBlobs(TypeStorage storage, SieveScripts scripts) {
        this.storage = storage;
        this.scripts = scripts;
    }

    Optional<byte[]> content(String accountId, String username, String blobId) {
        Optional<String> scriptId = SieveBlobIds.scriptId(blobId);
        if (scriptId.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode record = storage.get(accountId, List.of(scriptId.get())).get(scriptId.get());
        if (record == null) {
            return Optional.empty();
        }
        try {
            byte[] content = scripts.ofUser(username).content(SieveScriptRecords.name(record));
            return SieveBlobIds.of(scriptId.get(), content).equals(blobId) ? Optional.of(content) : Optional.empty();
        } catch (IllegalStateException e) {
            // the script went away (ManageSieve) since the record was mirrored
            return Optional.empty();
        }
    }
}
