package org.jmapx.engine.access;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.store.ObjectStore;

/**
 * Which accounts share something with each principal, and who shares in each account: what the session
 * lists as shared accounts and whom push tells about a change. It is kept beside the data, in the object
 * store (memory or Cassandra), in the grantee's partition and in the owner's. It only finds accounts;
 * rights are always read from the containers themselves, so an entry left behind by a failure never
 * grants anything.
 */
public final class SharedAccountsIndex implements ShareListener {
    static final String SHARED_WITH_ME = "jmapx:SharedWithMe";
    static final String GRANTEES = "jmapx:Grantees";

    private final ObjectStore store;

    public SharedAccountsIndex(ObjectStore store) {
        this.store = store;
    }

    @Override
    public void sharesChanged(ShareChange change) {
        for (String principal : change.affectedPrincipals()) {
            String containerKey = change.accountId() + "/" + change.containerType() + "/" + change.containerId();
            String granteeKey = principal + "/" + change.containerType() + "/" + change.containerId();
            ObjectNode rights = change.newGrants().get(principal);
            if (rights == null) {
                store.delete(principal, SHARED_WITH_ME, containerKey);
                store.delete(change.accountId(), GRANTEES, granteeKey);
            } else {
                ObjectNode entry = JsonNodeFactory.instance.objectNode()
                    .put("id", containerKey)
                    .put("accountId", change.accountId())
                    .put("containerType", change.containerType())
                    .put("containerId", change.containerId())
                    .put("principalId", principal)
                    .put("writable", change.grantsWriting(principal));
                entry.set("rights", rights);
                store.put(principal, SHARED_WITH_ME, containerKey, entry);
                store.put(change.accountId(), GRANTEES, granteeKey, entry.deepCopy().put("id", granteeKey));
            }
        }
    }

    /** What is shared with the principal, by account id. */
    public Map<String, SharedAccount> accountsSharedWith(String principalId) {
        Map<String, SharedAccount> accounts = new LinkedHashMap<>();
        for (ObjectNode entry : store.all(principalId, SHARED_WITH_ME)) {
            String accountId = entry.path("accountId").asText();
            SharedAccount known = accounts.getOrDefault(accountId, new SharedAccount(accountId, Set.of(), false));
            Set<String> types = new LinkedHashSet<>(known.containerTypes());
            types.add(entry.path("containerType").asText());
            accounts.put(accountId, new SharedAccount(accountId, Set.copyOf(types),
                known.writable() || entry.path("writable").asBoolean(false)));
        }
        return accounts;
    }

    /** An account something is shared in: the container types, and whether anything there is writable. */
    public record SharedAccount(String accountId, Set<String> containerTypes, boolean writable) {
    }

    /** The principals something of the account is shared with, with the container types. */
    public Map<String, Set<String>> grantees(String accountId) {
        Map<String, Set<String>> grantees = new LinkedHashMap<>();
        List<ObjectNode> entries = store.all(accountId, GRANTEES);
        for (ObjectNode entry : entries) {
            grantees.computeIfAbsent(entry.path("principalId").asText(), any -> new LinkedHashSet<>())
                .add(entry.path("containerType").asText());
        }
        return grantees;
    }
}
