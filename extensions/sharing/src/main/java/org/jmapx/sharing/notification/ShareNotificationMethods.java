package org.jmapx.sharing.notification;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.ShareListener;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.StandardMethods;
import org.jmapx.engine.set.SetError;
import org.jmapx.engine.state.ChangeLog;
import org.jmapx.engine.state.StateChangeListener;
import org.jmapx.engine.store.Committer;
import org.jmapx.engine.store.ObjectStore;
import org.jmapx.engine.type.TypeStorage;
import org.jmapx.sharing.GuardedSetMethod;

/** ShareNotification/get, /changes, /set (destroy only), /query and /queryChanges (RFC 9670 3.1 to 3.5). */
public final class ShareNotificationMethods {
    public static final List<String> METHOD_NAMES = List.of("ShareNotification/get", "ShareNotification/changes",
        "ShareNotification/set", "ShareNotification/query", "ShareNotification/queryChanges");

    private final List<JmapMethod> methods;
    private final ShareNotifier notifier;

    public ShareNotificationMethods(ObjectStore store, ChangeLog changeLog, Committer committer, StateChangeListener listener,
                                    NotificationRetention retention, Function<String, Optional<ObjectNode>> principals) {
        TypeStorage storage = new TypeStorage(ShareNotificationType.NAME, store, changeLog, committer, listener);
        StandardMethods standard = new StandardMethods(new ShareNotificationType(retention), storage);
        this.methods = List.of(standard.get(), standard.changes(), new GuardedSetMethod(standard.set(), new DestroyOnly()),
            standard.query(), standard.queryChanges());
        this.notifier = new ShareNotifier(storage, retention, principals);
    }

    public List<JmapMethod> methods() {
        return methods;
    }

    /** Told of every grant change: creates the notifications. */
    public ShareListener notifier() {
        return notifier;
    }

    /** RFC 9670 3.3: "Only destroy is supported". */
    private static final class DestroyOnly implements GuardedSetMethod.Rules {
        @Override
        public Optional<SetError> checkCreate(String creationId, JsonNode object, MethodContext context) {
            return Optional.of(SetError.forbidden("ShareNotifications are created by the server only"));
        }

        @Override
        public Optional<SetError> checkUpdate(String id, JsonNode patch, MethodContext context) {
            return Optional.of(SetError.forbidden("ShareNotifications cannot be changed, only destroyed"));
        }

        @Override
        public Optional<SetError> checkDestroy(String id, MethodContext context) {
            return Optional.empty();
        }
    }
}
