package org.jmapx.sharing.principal;

import java.util.List;
import java.util.Set;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.query.QuerySupport;
import org.jmapx.engine.set.SetError;
import org.jmapx.engine.set.SetHooks;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertyProblem;
import org.jmapx.engine.type.PropertySchema;
import org.jmapx.engine.type.TypeStorage;
import org.jmapx.sharing.PrincipalsCapability;

/**
 * The Principal of RFC 9670 section 2: every James user is an "individual" Principal whose id is their
 * account id. "accounts" depends on who asks, so it is computed on every read. Owner-only access: each
 * user reads the Principals through their own account.
 */
public final class PrincipalType implements JmapType {
    public static final String NAME = "Principal";
    public static final String ACCOUNTS = "accounts";
    /** What a user may change of their own Principal (RFC 9670 2.3). */
    static final Set<String> SELF_EDITABLE = Set.of("name", "description", "timeZone");

    private static final PropertySchema SCHEMA = PropertySchema.builder()
        .property("type")
        .property("name")
        .propertyWithDefault("description", NullNode.getInstance())
        .propertyWithDefault("email", NullNode.getInstance())
        .propertyWithDefault("timeZone", NullNode.getInstance())
        .serverSetProperty("capabilities")
        .computedProperty(ACCOUNTS)
        .build();

    private final DirectorySync sync;
    private final PrincipalAccounts accounts;

    public PrincipalType(DirectorySync sync, PrincipalAccounts accounts) {
        this.sync = sync;
        this.accounts = accounts;
    }

    /** A user's Principal as the directory first gives it: named after their address until they rename it. */
    static ObjectNode individual(String principalId, String email) {
        ObjectNode principal = JsonNodeFactory.instance.objectNode();
        principal.put("id", principalId);
        principal.put("type", "individual");
        principal.put("name", email);
        principal.putNull("description");
        principal.put("email", email);
        principal.putNull("timeZone");
        principal.putObject("capabilities");
        return principal;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String capability() {
        return PrincipalsCapability.URN;
    }

    @Override
    public PropertySchema schema() {
        return SCHEMA;
    }

    @Override
    public void prepareAccount(String accountId, TypeStorage storage) {
        sync.syncFor(accountId);
    }

    @Override
    public ObjectNode computedProperties(String accountId, ObjectNode stored, MethodContext context) {
        ObjectNode computed = JsonNodeFactory.instance.objectNode();
        computed.set(ACCOUNTS, accounts.of(stored.path("id").asText(), stored.path("email").asText(null), context));
        return computed;
    }

    @Override
    public SetHooks setHooks() {
        return new Hooks();
    }

    @Override
    public QuerySupport querySupport() {
        return new PrincipalQuerySupport();
    }

    /** Values of the editable properties; any other change is forbidden (RFC 9670 2.3). */
    private static final class Hooks implements SetHooks {
        @Override
        public List<PropertyProblem> validate(ObjectNode principal) {
            List<PropertyProblem> problems = new ArrayList<>();
            JsonNode name = principal.get("name");
            if (name == null || !name.isTextual() || name.asText().isBlank()) {
                problems.add(new PropertyProblem("name", "must be a non-empty String"));
            }
            JsonNode description = principal.path("description");
            if (!description.isNull() && !description.isMissingNode() && !description.isTextual()) {
                problems.add(new PropertyProblem("description", "must be a String or null"));
            }
            JsonNode timeZone = principal.path("timeZone");
            if (!timeZone.isNull() && !timeZone.isMissingNode()
                && !(timeZone.isTextual() && ZoneId.getAvailableZoneIds().contains(timeZone.asText()))) {
                problems.add(new PropertyProblem("timeZone", "must be an IANA time zone name, or null"));
            }
            return problems;
        }

        @Override
        public Optional<SetError> checkWrite(String accountId, Optional<ObjectNode> before, ObjectNode after,
                                             ObjectNode arguments) {
            if (before.isEmpty()) {
                return Optional.of(SetError.forbidden("Principals are the server's users: they cannot be created"));
            }
            Set<String> names = new java.util.HashSet<>();
            before.get().fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String property : names) {
                if (!SELF_EDITABLE.contains(property)
                    && !java.util.Objects.equals(before.get().get(property), after.get(property))) {
                    return Optional.of(SetError.forbidden("Only name, description and timeZone of one's own Principal"
                        + " may be changed, not " + property));
                }
            }
            return Optional.empty();
        }

        @Override
        public Optional<SetError> checkDestroy(String accountId, ObjectNode object, ObjectNode arguments) {
            return Optional.of(SetError.forbidden("Principals are the server's users: they cannot be destroyed"));
        }
    }
}
