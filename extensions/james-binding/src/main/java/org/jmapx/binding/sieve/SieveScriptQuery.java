package org.jmapx.binding.sieve;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.jmapx.engine.query.Collations;
import org.jmapx.engine.query.QuerySupport;
import org.jmapx.engine.query.UnsupportedFilterException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The FilterCondition (name contains, isActive) and sorts (name, isActive) of RFC 9661 2.5. */
final class SieveScriptQuery implements QuerySupport {
    @Override
    public Predicate<ObjectNode> compileCondition(ObjectNode condition) throws UnsupportedFilterException {
        Predicate<ObjectNode> all = record -> true;
        Iterator<Map.Entry<String, JsonNode>> fields = condition.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "name" -> {
                    if (!value.isTextual()) {
                        throw new UnsupportedFilterException("name must be a String");
                    }
                    // "contains" compared as Sieve's default comparator i;ascii-casemap does
                    String part = value.asText().toLowerCase(java.util.Locale.ROOT);
                    all = all.and(record -> SieveScriptRecords.name(record).toLowerCase(java.util.Locale.ROOT).contains(part));
                }
                case "isActive" -> {
                    if (!value.isBoolean()) {
                        throw new UnsupportedFilterException("isActive must be a Boolean");
                    }
                    boolean active = value.asBoolean();
                    all = all.and(record -> SieveScriptRecords.isActive(record) == active);
                }
                default -> throw new UnsupportedFilterException("Unknown filter property '" + field.getKey() + "'");
            }
        }
        return all;
    }

    @Override
    public Optional<Comparator<ObjectNode>> comparator(String property, String collation) {
        return switch (property) {
            case "name" -> Optional.ofNullable(collation).or(() -> Optional.of(Collations.DEFAULT))
                .flatMap(Collations::forName)
                .map(strings -> Comparator.comparing(SieveScriptRecords::name, strings));
            case "isActive" -> Optional.of(Comparator.comparing(SieveScriptRecords::isActive));
            default -> Optional.empty();
        };
    }
}
