package org.jmapx.sharing.principal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.StandardMethods;
import org.jmapx.engine.set.SetError;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.engine.type.TypeStorage;
import org.jmapx.sharing.GuardedSetMethod;

/** Principal/get, /changes, /set, /query and /queryChanges (RFC 9670 2.1 to 2.5) over one global partition. */
public final class PrincipalMethods {
    public static final List<String> METHOD_NAMES = List.of("Principal/get", "Principal/changes", "Principal/set",
        "Principal/query", "Principal/queryChanges");

    private final TypeStorage storage;
    private final DirectorySync sync;
    private final List<JmapMethod> methods;

    public PrincipalMethods(ObjectStore store, ChangeLog changeLog, Committer committer, PrincipalDirectory directory,
                            PrincipalAccounts accounts, Clock clock, Duration syncInterval) {
        this.storage = SinglePartition.storage(PrincipalType.NAME, SinglePartition.PRINCIPALS, store, changeLog, committer);
        this.sync = new DirectorySync(directory, storage, clock, syncInterval);
        StandardMethods standard = new StandardMethods(new PrincipalType(sync, accounts), storage);
        this.methods = List.of(standard.get(), standard.changes(), new PrincipalChangeLog(new GuardedSetMethod(standard.set(), new OwnPrincipalOnly())),
            standard.query(), standard.queryChanges());
    }

    public List<JmapMethod> methods() {
        return methods;
    }

    /** The stored Principal (without "accounts"), synced from the directory when it is not known yet. */
    public Optional<ObjectNode> principal(String principalId) {
        sync.syncFor(principalId);
        return Optional.ofNullable(storage.get(SinglePartition.PRINCIPALS, List.of(principalId)).get(principalId));
    }

    /** RFC 9670 2.3: a user may change (some properties of) their own Principal, nothing else. */
    private static final class OwnPrincipalOnly implements GuardedSetMethod.Rules {
        @Override
        public Optional<SetError> checkCreate(String creationId, JsonNode object, MethodContext context) {
            return Optional.of(SetError.forbidden("Principals are the server's users: they cannot be created"));
        }

        @Override
        public Optional<SetError> checkUpdate(String id, JsonNode patch, MethodContext context) {
            return id.equals(context.principalId())
                ? Optional.empty()
                : Optional.of(SetError.forbidden("Only one's own Principal may be changed"));
        }

        @Override
        public Optional<SetError> checkDestroy(String id, MethodContext context) {
            return Optional.of(SetError.forbidden("Principals are the server's users: they cannot be destroyed"));
        }
    }
}
