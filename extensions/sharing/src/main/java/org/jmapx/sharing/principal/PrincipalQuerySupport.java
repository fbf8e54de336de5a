package org.jmapx.sharing.principal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jmapx.engine.query.PropertyComparators;
import org.jmapx.engine.query.QuerySupport;
import org.jmapx.engine.query.SortProperty;
import org.jmapx.engine.query.UnsupportedFilterException;

/**
 * The Principal FilterCondition of RFC 9670 2.4.1. "Contains" is a simple substring match, ignoring case.
 * RFC 9670 defines no sort; name and email sort as a client would expect.
 */
final class PrincipalQuerySupport implements QuerySupport {
    private static final Set<String> TEXT_PROPERTIES = Set.of("email", "name", "type", "timeZone", "text");

    @Override
    public Predicate<ObjectNode> compileCondition(ObjectNode condition) throws UnsupportedFilterException {
        List<Predicate<ObjectNode>> tests = new ArrayList<>();
        var fields = condition.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("accountIds")) {
                tests.add(inAccounts(value));
                continue;
            }
            if (!TEXT_PROPERTIES.contains(name)) {
                throw new UnsupportedFilterException("Unknown Principal filter " + name);
            }
            if (!value.isTextual()) {
                throw new UnsupportedFilterException(name + " must be a String");
            }
            String wanted = value.asText();
            tests.add(switch (name) {
                case "email", "name" -> principal -> contains(principal.get(name), wanted);
                case "text" -> principal -> contains(principal.get("name"), wanted)
                    || contains(principal.get("email"), wanted) || contains(principal.get("description"), wanted);
                default -> principal -> wanted.equals(principal.path(name).asText(null));
            });
        }
        return principal -> tests.stream().allMatch(test -> test.test(principal));
    }

    private static Predicate<ObjectNode> inAccounts(JsonNode value) throws UnsupportedFilterException {
        if (!value.isArray()) {
            throw new UnsupportedFilterException("accountIds must be a list of Ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : value) {
            if (!id.isTextual()) {
                throw new UnsupportedFilterException("accountIds must be a list of Ids");
            }
            ids.add(id.asText());
        }
        return principal -> ids.stream().anyMatch(id -> principal.path(PrincipalType.ACCOUNTS).has(id));
    }

    private static boolean contains(JsonNode property, String wanted) {
        return property != null && property.isTextual()
            && property.asText().toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<Comparator<ObjectNode>> comparator(String property, String collation) {
        return property.equals("name") || property.equals("email")
            ? PropertyComparators.text(property, collation)
            : Optional.empty();
    }

    /** Who reaches which account changes with sharing, which the Principal change log does not record. */
    @Override
    public boolean canCalculateChanges(JsonNode filter, List<SortProperty> sort) {
        return filter == null || !filter.findParents("accountIds").stream().findAny().isPresent();
    }
}
