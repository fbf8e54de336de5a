package org.jmapx.engine.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;
import org.jmapx.engine.query.PropertyComparators;
import org.jmapx.engine.query.QuerySupport;
import org.jmapx.engine.query.SortProperty;
import org.jmapx.engine.query.UnsupportedFilterException;
import org.jmapx.engine.set.SetError;
import org.jmapx.engine.set.SetHooks;
import org.jmapx.engine.type.IdReference;
import org.jmapx.engine.type.JmapType;
import org.jmapx.engine.type.PropertyProblem;
import org.jmapx.engine.type.PropertySchema;

/**
 * The Todo of RFC 8620's examples, exercising every engine feature: defaults, an immutable, a
 * server-set and a computed property, id references, type SetErrors, an extra /set argument,
 * filters and sorts.
 */
public final class TodoType implements JmapType {
    public static final String CAPABILITY = "urn:example:todo";

    @Override
    public String name() {
        return "Todo";
    }

    @Override
    public String capability() {
        return CAPABILITY;
    }

    @Override
    public PropertySchema schema() {
        return PropertySchema.builder()
            .requiredProperty("title")
            .propertyWithDefault("priority", IntNode.valueOf(0))
            .propertyWithDefault("done", BooleanNode.FALSE)
            .property("details")
            .immutableProperty("createdBy")
            .serverSetProperty("estimate")
            .computedProperty("myRights")
            .idReferenceProperty("parentId", IdReference.SINGLE)
            .idReferenceProperty("listIds", IdReference.MAP_KEYS)
            .idReferenceProperty("blockedBy", IdReference.LIST)
            .build();
    }

    @Override
    public ObjectNode computedProperties(String accountId, ObjectNode stored, MethodContext context) {
        ObjectNode computed = JsonNodeFactory.instance.objectNode();
        computed.putObject("myRights").put("mayDelete", !stored.path("done").asBoolean());
        return computed;
    }

    @Override
    public SetHooks setHooks() {
        return new TodoSetHooks();
    }

    @Override
    public QuerySupport querySupport() {
        return new TodoQuerySupport();
    }

    private static final class TodoSetHooks implements SetHooks {
        @Override
        public List<PropertyProblem> validate(ObjectNode object) {
            List<PropertyProblem> problems = new ArrayList<>();
            if (!object.path("title").isTextual() || object.path("title").asText().isEmpty()) {
                problems.add(new PropertyProblem("title", "must be a non-empty String"));
            }
            if (!object.path("priority").isInt()) {
                problems.add(new PropertyProblem("priority", "must be an Int"));
            }
            return problems;
        }

        @Override
        public void fillServerSetProperties(String accountId, ObjectNode created) {
            created.put("estimate", created.path("title").asText().length());
        }

        @Override
        public Optional<SetError> checkWrite(String accountId, Optional<ObjectNode> before, ObjectNode after,
                                              ObjectNode arguments) {
            return after.path("title").asText().equals("forbidden")
                ? Optional.of(SetError.forbidden("title 'forbidden' is forbidden"))
                : Optional.empty();
        }

        @Override
        public Optional<String> findDuplicate(ObjectNode candidate, java.util.Collection<ObjectNode> existing) {
            return existing.stream()
                .filter(other -> candidate.path("title").asText().startsWith("unique")
                    && other.path("title").equals(candidate.path("title")))
                .map(other -> other.get("id").asText())
                .findFirst();
        }

        @Override
        public Optional<SetError> checkDestroy(String accountId, ObjectNode object, ObjectNode arguments) {
            boolean force = arguments.path("onDestroyForce").asBoolean(false);
            return object.path("done").asBoolean() && !force
                ? Optional.of(SetError.of("todoIsDone", "done todos are kept"))
                : Optional.empty();
        }

        @Override
        public Set<String> extraArguments() {
            return Set.of("onDestroyForce");
        }

        @Override
        public void validateArguments(ObjectNode arguments) throws MethodErrorException {
            JsonNode force = arguments.get("onDestroyForce");
            if (force != null && !force.isBoolean() && !force.isNull()) {
                throw MethodErrorException.invalidArguments("onDestroyForce must be a Boolean");
            }
        }
    }

    private static final class TodoQuerySupport implements QuerySupport {
        @Override
        public Predicate<ObjectNode> compileCondition(ObjectNode condition) throws UnsupportedFilterException {
            Predicate<ObjectNode> predicate = todo -> true;
            var fields = condition.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                JsonNode value = field.getValue();
                predicate = predicate.and(switch (field.getKey()) {
                    case "done" -> todo -> todo.path("done").equals(value);
                    case "titleContains" -> todo -> todo.path("title").asText().contains(value.asText());
                    case "text" -> todo -> todo.toString().contains(value.asText());
                    default -> throw new UnsupportedFilterException("Unknown condition " + field.getKey());
                });
            }
            return predicate;
        }

        @Override
        public Optional<Comparator<ObjectNode>> comparator(String property, String collation) {
            return switch (property) {
                case "title" -> PropertyComparators.text("title", collation);
                case "priority" -> Optional.of(PropertyComparators.number("priority"));
                default -> Optional.empty();
            };
        }

        /** Pretends "text" searches an index that the change log does not cover. */
        @Override
        public boolean canCalculateChanges(JsonNode filter, List<SortProperty> sort) {
            return filter == null || !filter.toString().contains("\"text\"");
        }
    }
}
