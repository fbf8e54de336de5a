package org.jmapx.sharing.notification;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.access.ShareChange;
import org.jmapx.engine.access.ShareListener;
import org.jmapx.engine.state.Change;
import org.jmapx.engine.type.TypeStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a ShareNotification for every principal whose rights on a container changed (RFC 9670 3: the
 * server SHOULD, "whenever the user's permissions change on an object"), in that principal's account,
 * through the type's storage: the notified user sees it in /changes and gets a StateChange. The RFC
 * makes no exception for a change one made to one's own rights (a sharee removing themself), so neither
 * does this.
 */
public final class ShareNotifier implements ShareListener {
    private static final Logger LOGGER = LoggerFactory.getLogger(ShareNotifier.class);

    private final TypeStorage storage;
    private final NotificationRetention retention;
    /** The stored Principal of an id, for changedBy. */
    private final Function<String, Optional<ObjectNode>> principals;

    public ShareNotifier(TypeStorage storage, NotificationRetention retention,
                         Function<String, Optional<ObjectNode>> principals) {
        this.storage = storage;
        this.retention = retention;
        this.principals = principals;
    }

    @Override
    public void sharesChanged(ShareChange change) {
        ObjectNode changedBy = changedBy(change.changedBy());
        for (String principalId : change.affectedPrincipals()) {
            String id = UUID.randomUUID().toString();
            ObjectNode notification = JsonNodeFactory.instance.objectNode();
            notification.put("id", id);
            notification.put("created", UtcDates.format(retention.now()));
            notification.set("changedBy", changedBy.deepCopy());
            notification.put("objectType", change.containerType());
            notification.put("objectAccountId", change.accountId());
            notification.put("objectId", change.containerId());
            notification.set("oldRights", rights(change.oldGrants(), principalId));
            notification.set("newRights", rights(change.newGrants(), principalId));
            notification.put("name", change.containerName());
            try {
                synchronized (storage.lock(principalId)) {
                    storage.commit(principalId, Map.of(id, notification), Set.of(), Change.created(id));
                }
            } catch (RuntimeException e) {
                // the grant is committed already: a lost notification must not fail the sharer's call
                LOGGER.error("No ShareNotification for {} about {} {} of account {}", principalId,
                    change.containerType(), change.containerId(), change.accountId(), e);
            }
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode rights(Map<String, ObjectNode> grants, String principalId) {
        ObjectNode rights = grants.get(principalId);
        return rights == null ? JsonNodeFactory.instance.nullNode() : rights.deepCopy();
    }

    /** RFC 9670 3's Entity: the principal's name and email, or their id alone when they are not known. */
    private ObjectNode changedBy(String principalId) {
        ObjectNode entity = JsonNodeFactory.instance.objectNode();
        Optional<ObjectNode> principal = principalId == null ? Optional.empty() : principals.apply(principalId);
        entity.put("name", principal.map(found -> found.path("name").asText(null)).orElse(principalId));
        entity.put("email", principal.map(found -> found.path("email").asText(null)).orElse(null));
        entity.put("principalId", principalId);
        return entity;
    }
}
